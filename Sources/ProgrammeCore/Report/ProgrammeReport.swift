/// The programme's figures per year and per cohort, registered against announced.
///
/// "Regions in the programme" counts distinct regions; "MoUs" counts signings. One region can
/// sign in several cohorts (7 of 2021's 48 had joined before), so the two differ.
public struct ProgrammeReport: Equatable, Sendable {
  /// One calendar year of signings.
  public struct Year: Equatable, Sendable {
    public var year: Int
    /// MoUs the cohorts signing that year announced (their or their phase's sizes).
    public var announcedMoUs: Int?
    /// MoUs registered with a signing date in the year.
    public var mous: Int
    /// Regions whose first registered MoU is in the year.
    public var newRegions: Int
    /// Distinct regions with an MoU signed in or before the year.
    public var cumulativeRegions: Int
    /// The programme's announced cumulative total for the year, if one was announced.
    public var announcedCumulativeRegions: Int?
  }

  /// One cohort, or one phase of it.
  public struct CohortLine: Equatable, Sendable {
    public var id: String
    public var title: String
    public var track: String?
    /// The signing year of a phase; `nil` for a whole cohort.
    public var phaseYear: Int?
    public var announced: Int
    /// Regions with a registered MoU in the cohort (or phase).
    public var registered: Int

    /// Whether the registry knows every member the programme announced.
    public var isComplete: Bool { registered >= announced }

    /// "7 of 48 known", or "25 of 25".
    public var coverage: Phrase {
      Phrase(isComplete ? .coverageComplete : .coverageKnown, ["registered": .number(registered), "announced": .number(announced)])
    }
  }

  /// An announced cumulative total set against what the registry can derive.
  public struct Reconciliation: Equatable, Sendable {
    public var year: Int
    public var announcedRegions: Int
    /// Repeats (regions signing again in a later cohort) that the announcement mentions.
    public var announcedRepeats: Int?
    /// The sum of the announced cohort sizes up to the year: signings, not regions.
    public var announcedMoUs: Int
    /// Distinct regions the registry holds with an MoU signed by the end of the year.
    public var registeredRegions: Int
    public var registeredMoUs: Int
    /// Registered regions with more than one MoU by then.
    public var registeredRepeats: Int
    public var statedBy: String?
    public var sources: [Source]

    /// Announced regions not (yet) in the registry.
    public var missingRegions: Int { max(announcedRegions - registeredRegions, 0) }

    /// Why the numbers differ, in one sentence.
    public var explanation: Phrase.Value {
      // When the announcement does not say how many repeated, the gap between signings and
      // regions is the repeats it implies.
      let repeats = announcedRepeats ?? max(announcedMoUs - announcedRegions, 0)
      var parts = [Phrase(.announcedSignings, ["count": .number(announcedMoUs)])]
      if repeats > 0 {
        parts.append(
          Phrase(
            announcedRepeats == nil ? .lessImpliedRepeats : .lessRepeats,
            ["repeats": .number(repeats), "net": .number(announcedMoUs - repeats)]))
      }
      if announcedMoUs - repeats != announcedRegions {
        parts.append(Phrase(.announcedRegions, ["count": .number(announcedRegions)]))
      }
      parts.append(Phrase(.registryHolds, ["regions": .number(registeredRegions), "mous": .number(registeredMoUs)]))
      if registeredRepeats > 0 { parts.append(Phrase(.regionsSignedTwice, ["count": .number(registeredRepeats)])) }
      if missingRegions > 0 { parts.append(Phrase(.regionsNotRegistered, ["count": .number(missingRegions)])) }
      return .list(parts.map(Phrase.Value.phrase), separator: "")
    }
  }

  public var years: [Year]
  public var cohorts: [CohortLine]
  public var reconciliation: [Reconciliation]
  /// All regencies and cities of Indonesia in the reference list (514).
  public var totalRegions: Int
  /// Distinct regions with at least one registered MoU.
  public var regionsInProgramme: Int
  public var mous: Int
  /// The latest announced cumulative total, if any.
  public var latestAnnouncedTotal: AnnouncedTotal?
  /// Membership reports too weak to count (low confidence or disputed).
  public var unconfirmedClaims: Int

  /// The share of all regions that are in the programme, in percent.
  public var shareInProgramme: Double {
    totalRegions == 0 ? 0 : Double(regionsInProgramme) * 100 / Double(totalRegions)
  }

  public init(registry: Registry) {
    let mous = registry.mous
    // One pass over the MoUs (a large store has a million): per region its first and second
    // signing years, per year the signings, per cohort and phase the regions.
    var firstYear: [String: Int] = [:]
    var secondYear: [String: Int] = [:]
    var mousPerYear: [Int: Int] = [:]
    var regionsPerCohort: [String: Set<String>] = [:]
    var regionsPerPhase: [String: [Int: Set<String>]] = [:]
    let phased = Set(registry.cohorts.filter { !$0.phases.isEmpty }.map(\.id))
    var lastCohort = ""
    var lastIsPhased = false
    for mou in mous {
      if mou.cohort != lastCohort {
        lastCohort = mou.cohort
        lastIsPhased = phased.contains(mou.cohort)
      }
      let year = mou.signedOn.year
      mousPerYear[year, default: 0] += 1
      if let first = firstYear[mou.regency] {
        if year < first {
          secondYear[mou.regency] = first
          firstYear[mou.regency] = year
        } else if year < secondYear[mou.regency] ?? Int.max {
          secondYear[mou.regency] = year
        }
      } else {
        firstYear[mou.regency] = year
      }
      regionsPerCohort[mou.cohort, default: []].insert(mou.regency)
      if lastIsPhased {
        regionsPerPhase[mou.cohort, default: [:]][year, default: []].insert(mou.regency)
      }
    }
    func announcedMoUs(in year: Int) -> Int? {
      let sizes = registry.cohorts.compactMap { $0.announcedSize(in: year) }
      return sizes.isEmpty ? nil : sizes.reduce(0, +)
    }
    var newRegionsPerYear: [Int: Int] = [:]
    for year in firstYear.values { newRegionsPerYear[year, default: 0] += 1 }
    var repeatsPerYear: [Int: Int] = [:]
    for year in secondYear.values { repeatsPerYear[year, default: 0] += 1 }
    let totals = Dictionary(registry.announcedTotals.map { ($0.year, $0) }, uniquingKeysWith: { first, _ in first })
    let yearSet = Set(mousPerYear.keys).union(registry.cohorts.flatMap(\.years))
    var cumulative = 0
    years = yearSet.sorted().map { year in
      let newRegions = newRegionsPerYear[year] ?? 0
      cumulative += newRegions
      return Year(
        year: year, announcedMoUs: announcedMoUs(in: year), mous: mousPerYear[year] ?? 0, newRegions: newRegions,
        cumulativeRegions: cumulative, announcedCumulativeRegions: totals[year]?.cumulativeRegions)
    }

    var lines: [CohortLine] = []
    for cohort in registry.cohorts.sorted(by: { $0.id < $1.id }) {
      lines.append(
        CohortLine(
          id: cohort.id, title: cohort.title, track: cohort.track, phaseYear: nil,
          announced: cohort.announcedSize, registered: regionsPerCohort[cohort.id]?.count ?? 0))
      for phase in cohort.phases {
        lines.append(
          CohortLine(
            id: cohort.id, title: cohort.title, track: cohort.track, phaseYear: phase.year,
            announced: phase.announcedSize, registered: regionsPerPhase[cohort.id]?[phase.year]?.count ?? 0))
      }
    }
    cohorts = lines

    reconciliation = registry.announcedTotals.sorted(by: { $0.year < $1.year }).map { total in
      func upTo(_ counts: [Int: Int]) -> Int { counts.filter { $0.key <= total.year }.values.reduce(0, +) }
      let announced = registry.cohorts.flatMap { cohort in
        cohort.years.filter { $0 <= total.year }.compactMap { cohort.announcedSize(in: $0) }
      }
      return Reconciliation(
        year: total.year, announcedRegions: total.cumulativeRegions, announcedRepeats: total.repeats,
        announcedMoUs: announced.reduce(0, +), registeredRegions: upTo(newRegionsPerYear),
        registeredMoUs: upTo(mousPerYear), registeredRepeats: upTo(repeatsPerYear),
        statedBy: total.statedBy, sources: total.sources)
    }
    totalRegions = registry.regencies.count
    regionsInProgramme = firstYear.count
    self.mous = mous.count
    latestAnnouncedTotal = registry.announcedTotals.max { $0.year < $1.year }
    unconfirmedClaims = registry.claims.count
  }
}
