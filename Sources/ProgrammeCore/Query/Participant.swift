/// One region's participation in one cohort, as `list` shows it.
public struct Participant: Equatable, Sendable {
  public var regency: Regency
  /// The province's name.
  public var provinceName: String
  public var cohort: String
  public var status: ParticipationStatus
  /// How far the membership has gone: signed, a Bimtek session, the masterplan, ...
  public var stage: Stage
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
  /// Only memberships at this stage.
  public var stage: Stage?
  /// Only memberships with a quick win under this pillar.
  public var pillar: Pillar?

  /// Whether the filter keeps only part of a cohort (a province, a year, a region, a stage,
  /// a pillar): the cohort's coverage then does not describe the rows.
  public var narrowsACohort: Bool {
    province != nil || year != nil || regency != nil || stage != nil || pillar != nil
  }

  public init(
    cohort: String? = nil, province: String? = nil, year: Int? = nil, regency: String? = nil, stage: Stage? = nil,
    pillar: Pillar? = nil
  ) {
    self.cohort = cohort
    self.province = province
    self.year = year
    self.regency = regency
    self.stage = stage
    self.pillar = pillar
  }
}

extension Registry {
  /// The participating regions that match a filter, sorted by code and then cohort: those with
  /// an MoU, and those named in a selection letter without one.
  public func participants(matching filter: ParticipantFilter = ParticipantFilter()) -> [Participant] {
    let regencyByCode = Dictionary(regencies.map { ($0.code, $0) }, uniquingKeysWith: { first, _ in first })
    let provinceNames = Dictionary(provinces.map { ($0.code, $0.name) }, uniquingKeysWith: { first, _ in first })
    var milestonesByMembership: [String: [Milestone]] = [:]
    for milestone in milestones {
      milestonesByMembership[MoU.id(cohort: milestone.cohort, regency: milestone.regency), default: []].append(milestone)
    }
    var pillarsByMembership: [String: Set<Pillar>] = [:]
    for quickWin in quickWins {
      pillarsByMembership[MoU.id(cohort: quickWin.cohort, regency: quickWin.regency), default: []].insert(quickWin.pillar)
    }
    func stage(_ membership: String, signed: Bool) -> Stage {
      Stage.of(signed: signed, milestones: milestonesByMembership[membership] ?? [])
    }
    func accepts(_ regency: Regency, cohort: String, signedOn: ReportedDate?) -> Bool {
      guard
        (filter.cohort == nil || filter.cohort == cohort)
          && (filter.province == nil || filter.province == regency.province)
          && (filter.year == nil || filter.year == signedOn?.year)
          && (filter.regency == nil || filter.regency == regency.code)
      else { return false }
      guard filter.stage != nil || filter.pillar != nil else { return true }
      let membership = MoU.id(cohort: cohort, regency: regency.code)
      return (filter.stage == nil || filter.stage == stage(membership, signed: signedOn != nil))
        && (filter.pillar.map { pillarsByMembership[membership]?.contains($0) == true } ?? true)
    }
    var result: [Participant] = []
    for mou in mous {
      // The cheap tests first: most MoUs of a large store fail them.
      if let cohort = filter.cohort, mou.cohort != cohort { continue }
      if let year = filter.year, mou.signedOn.year != year { continue }
      if let code = filter.regency, mou.regency != code { continue }
      guard let regency = regencyByCode[mou.regency], accepts(regency, cohort: mou.cohort, signedOn: mou.signedOn)
      else { continue }
      result.append(
        Participant(
          regency: regency, provinceName: provinceNames[regency.province] ?? regency.province,
          cohort: mou.cohort, status: .signed, stage: stage(mou.id, signed: true), signedOn: mou.signedOn, mouID: mou.id,
          letter: mou.letter, sources: mou.sources))
    }
    // A region a letter names is listed as selected once, unless it signed in that cohort.
    var listed = Set(mous.map(\.id))
    for letter in letters {
      for code in letter.regencies where listed.insert(MoU.id(cohort: letter.cohort, regency: code)).inserted {
        guard let regency = regencyByCode[code], accepts(regency, cohort: letter.cohort, signedOn: nil) else {
          continue
        }
        result.append(
          Participant(
            regency: regency, provinceName: provinceNames[regency.province] ?? regency.province,
            cohort: letter.cohort, status: .selected, stage: .selected, signedOn: nil, mouID: nil, letter: letter.number,
            sources: letter.sources))
      }
    }
    return result.sorted { ($0.regency.code, $0.cohort) < ($1.regency.code, $1.cohort) }
  }
}
