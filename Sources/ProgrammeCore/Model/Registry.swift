/// Everything a store holds, as values: the reference lists and the programme's records.
///
/// A registry loaded for one command holds every collection; only its MoUs may be a selection.
public struct Registry: Equatable, Sendable {
  public var provinces: [Province] = []
  public var regencies: [Regency] = []
  public var pillars: [PillarRecord] = []
  public var cohorts: [Cohort] = []
  public var letters: [SelectionLetter] = []
  public var ceremonies: [SigningCeremony] = []
  public var mous: [MoU] = []
  public var announcedTotals: [AnnouncedTotal] = []
  public var claims: [UnconfirmedClaim] = []
  public var milestones: [Milestone] = []
  public var quickWins: [QuickWin] = []
  /// What a person should know about how the store was read (a read-only store read as if a
  /// crashed write were finished); not part of the store.
  public internal(set) var readWarnings: [Phrase] = []

  public init() {}

  /// The regency with a code.
  public func regency(code: String) -> Regency? {
    regencies.first { $0.code == code }
  }

  /// The province with a code.
  public func province(code: String) -> Province? {
    provinces.first { $0.code == code }
  }

  /// The cohort with an id.
  public func cohort(id: String) -> Cohort? {
    cohorts.first { $0.id == id }
  }

  /// The ceremony with an id.
  public func ceremony(id: String) -> SigningCeremony? {
    ceremonies.first { $0.id == id }
  }

  /// The ceremony of a cohort held on a day, if any.
  public func ceremony(cohort: String, on date: CalendarDate) -> SigningCeremony? {
    ceremonies.first { $0.cohort == cohort && $0.date == date }
  }

  /// The cohort's ceremony on a signing date, when the date is a whole day: an MoU known only
  /// to the month or year is tied to no ceremony (which one would be a guess).
  public func ceremony(cohort: String, on date: ReportedDate) -> SigningCeremony? {
    date.calendarDate.flatMap { ceremony(cohort: cohort, on: $0) }
  }

  /// The MoUs signed in a cohort.
  public func mous(in cohort: String) -> [MoU] {
    mous.filter { $0.cohort == cohort }
  }

  /// The MoUs of a region, oldest first.
  public func mous(of regency: String) -> [MoU] {
    mous.filter { $0.regency == regency }.sorted { $0.signedOn < $1.signedOn }
  }

  /// The cohort a signing date belongs to, when exactly one cohort signs in its year.
  public func cohort(signingIn year: Int) throws(ProgrammeError) -> Cohort {
    let matching = cohorts.filter { $0.years.contains(year) }
    switch matching.count {
    case 1: return matching[0]
    case 0: throw .noCohortForYear(year: year, known: cohorts.map(\.id))
    default: throw .severalCohortsForYear(year: year, cohorts: matching.map(\.id))
    }
  }

  /// Looks a cohort up by id, refusing an unknown one with the list of known ids.
  public func requireCohort(_ id: String) throws(ProgrammeError) -> Cohort {
    guard let cohort = cohort(id: id) else {
      // "2019" is a phase of cohort 2017, which people often take for a cohort.
      if let year = Int(id), let phased = cohorts.first(where: { $0.phases.contains { $0.year == year } }) {
        throw .cohortIsAPhase(input: id, cohort: phased.id)
      }
      throw .unknownCohort(input: id, known: cohorts.map(\.id))
    }
    return cohort
  }

  /// The cohort one of whose phases is this year (of `cohort`, if one is named); refused,
  /// naming the phases there are, when none is.
  public func requirePhase(_ year: Int, of cohort: String?) throws(ProgrammeError) -> Cohort {
    let phased = cohorts.filter { !$0.phases.isEmpty && (cohort == nil || $0.id == cohort) }
    guard let found = phased.first(where: { $0.phases.contains { $0.year == year } }) else {
      // Every phase is named, whichever cohort was asked for.
      throw .unknownPhase(
        input: year, cohort: cohort, known: cohorts.flatMap { cohort in cohort.phases.map { "\($0.year) (cohort \(cohort.id))" } }
      )
    }
    return found
  }
}
