/// One region's participation in one cohort, as `list` shows it.
public struct Participant: Equatable, Sendable {
  public var regency: Regency
  /// The province's name.
  public var provinceName: String
  public var cohort: String
  public var status: ParticipationStatus
  /// How far the membership has gone: signed, a Bimtek session, the masterplan, ...
  public var stage: Stage
  /// The phase of a cohort signed in phases (2017's: 2017, 2018, 2019) the membership signed
  /// in; `nil` for other cohorts.
  public var phase: Int?
  /// When the MoU was signed; `nil` for a region selected but not (yet) known to have signed.
  public var signedOn: ReportedDate?
  public var mouID: String?
  /// The selection letter that named the region, if known.
  public var letter: String?
  public var sources: [Source]
}

/// Where a region stands in a cohort.
public enum ParticipationStatus: String, Codable, CaseIterable, Sendable {
  /// It signed the MoU.
  case signed
  /// A selection letter names it, but no MoU is recorded.
  case selected
}

/// Which participants to list.
public struct ParticipantFilter: Equatable, Sendable {
  public var cohort: String?
  /// A province code.
  public var province: String?
  /// The year of signing.
  public var year: Int?
  /// A regency code.
  public var regency: String?
  /// Only memberships whose furthest reported step is this one.
  public var stage: Stage?
  /// Only memberships known to have taken this step, reported or implied by a later one: the
  /// members the funnel counts as reached.
  public var reached: Stage?
  /// Only memberships with this step itself reported: the funnel's reported count.
  public var reported: Stage?
  /// Only memberships with a quick win under this pillar.
  public var pillar: Pillar?
  /// Only the memberships of one phase of a cohort signed in phases (its year: 2019); resolved
  /// to its cohort.
  public var phase: Int?

  /// Whether the filter keeps only part of a cohort (a province, a year, a region, a step, a
  /// pillar, a phase): the cohort's coverage then does not describe the rows.
  public var narrowsACohort: Bool {
    province != nil || year != nil || regency != nil || stage != nil || reached != nil || reported != nil
      || pillar != nil || phase != nil
  }

  /// Whether the filter asks about the memberships' steps (and so their milestones).
  var judgesSteps: Bool { stage != nil || reached != nil || reported != nil }

  public init(
    cohort: String? = nil, province: String? = nil, year: Int? = nil, regency: String? = nil, stage: Stage? = nil,
    reached: Stage? = nil, reported: Stage? = nil, pillar: Pillar? = nil, phase: Int? = nil
  ) {
    self.cohort = cohort
    self.province = province
    self.year = year
    self.regency = regency
    self.stage = stage
    self.reached = reached
    self.reported = reported
    self.pillar = pillar
    self.phase = phase
  }

  /// Whether a membership with this progress passes the step filters.
  func accepts(_ progress: MembershipProgress) -> Bool {
    (stage == nil || stage == progress.furthest) && (reached.map(progress.hasReached) ?? true)
      && (reported.map { progress.standing(at: $0) == .reported } ?? true)
  }
}

extension Registry {
  /// The participating regions that match a filter, sorted by code and then cohort: those with
  /// an MoU, and those named in a selection letter without one.
  public func participants(matching filter: ParticipantFilter = ParticipantFilter()) -> [Participant] {
    // Regions, their provinces' names and the memberships' stages are looked up by the codes'
    // digits, not hashed: a listing looks up every MoU's.
    let regions = RegionIndex(codesOf: regencies)
    let provinceNames = Dictionary(provinces.map { ($0.code, $0.name) }, uniquingKeysWith: { first, _ in first })
    let stages = MembershipStages(milestones)
    var pillarsByMembership: [String: Set<Pillar>] = [:]
    for quickWin in quickWins {
      pillarsByMembership[MoU.id(cohort: quickWin.cohort, regency: quickWin.regency), default: []].insert(quickWin.pillar)
    }
    func stage(_ regency: String, _ cohort: String, signed: Bool) -> Stage {
      stages.stage(of: regency, in: cohort, signed: signed)
    }
    // The phase of a signing: its year, in a cohort signed in phases.
    let phaseYears = Dictionary(
      cohorts.filter { !$0.phases.isEmpty }.map { ($0.id, Set($0.phases.map(\.year))) }, uniquingKeysWith: { first, _ in first })
    func phase(_ cohort: String, _ signedOn: ReportedDate?) -> Int? {
      guard let year = signedOn?.year, phaseYears[cohort]?.contains(year) == true else { return nil }
      return year
    }
    func accepts(_ regency: Regency, cohort: String, signedOn: ReportedDate?) -> Bool {
      guard
        (filter.cohort == nil || filter.cohort == cohort)
          && (filter.province == nil || filter.province == regency.province)
          && (filter.year == nil || filter.year == signedOn?.year)
          && (filter.regency == nil || filter.regency == regency.code)
          && (filter.phase == nil || filter.phase == phase(cohort, signedOn))
      else { return false }
      guard filter.judgesSteps || filter.pillar != nil else { return true }
      return (!filter.judgesSteps || filter.accepts(stages.progress(of: regency.code, in: cohort, signed: signedOn != nil)))
        && (filter.pillar.map { pillarsByMembership[MoU.id(cohort: cohort, regency: regency.code)]?.contains($0) == true }
          ?? true)
    }
    // The province's name of the previous row is reused: the MoUs lie by cohort and then code,
    // so a province's regions come together.
    var lastProvince: (code: String, name: String)?
    func provinceName(_ code: String) -> String {
      if let lastProvince, lastProvince.code == code { return lastProvince.name }
      let name = provinceNames[code] ?? code
      lastProvince = (code, name)
      return name
    }
    // Each row with its region's place, to sort by.
    var result: [(place: Int, participant: Participant)] = []
    for mou in mous {
      // The cheap tests first: most MoUs of a large store fail them.
      if let cohort = filter.cohort, mou.cohort != cohort { continue }
      if let year = filter.year, mou.signedOn.year != year { continue }
      if let code = filter.regency, mou.regency != code { continue }
      guard let position = regions.position(of: mou.regency),
        accepts(regencies[position], cohort: mou.cohort, signedOn: mou.signedOn)
      else { continue }
      result.append(
        (
          position,
          Participant(
            regency: regencies[position], provinceName: provinceName(regencies[position].province),
            cohort: mou.cohort, status: .signed, stage: stage(mou.regency, mou.cohort, signed: true),
            phase: phase(mou.cohort, mou.signedOn), signedOn: mou.signedOn,
            mouID: mou.id, letter: mou.letter, sources: mou.sources)
        ))
    }
    // A region a letter names is listed as selected once, unless it signed in that cohort.
    var listed = Set(mous.map(\.id))
    for letter in letters {
      for code in letter.regencies where listed.insert(MoU.id(cohort: letter.cohort, regency: code)).inserted {
        guard let position = regions.position(of: code), accepts(regencies[position], cohort: letter.cohort, signedOn: nil)
        else { continue }
        let regency = regencies[position]
        result.append(
          (
            position,
            Participant(
              regency: regency, provinceName: provinceName(regency.province),
              cohort: letter.cohort, status: .selected, stage: .selected, phase: nil, signedOn: nil, mouID: nil,
              letter: letter.number,
              sources: letter.sources)
          ))
      }
    }
    // By code and then cohort; by the regions' places when they lie in code order, as a store
    // keeps them, so that the codes are compared once rather than at every step of the sort.
    // By index: a region is not copied out to read its code.
    if regencies.indices.dropFirst().allSatisfy({ regencies[$0 - 1].code < regencies[$0].code }) {
      result.sort { ($0.place, $0.participant.cohort) < ($1.place, $1.participant.cohort) }
    } else {
      result.sort {
        ($0.participant.regency.code, $0.participant.cohort) < ($1.participant.regency.code, $1.participant.cohort)
      }
    }
    return result.map(\.participant)
  }
}
