/// What a person asks to record as a milestone, before it is checked against the store.
public struct MilestoneRequest: Equatable, Sendable {
  public var regency: String
  public var cohort: String?
  public var kind: MilestoneKind
  public var date: ReportedDate
  public var until: CalendarDate?
  public var regulation: String?
  public var sources: [Source]
  public var note: String?

  public init(
    regency: String, cohort: String? = nil, kind: MilestoneKind, date: ReportedDate, until: CalendarDate? = nil,
    regulation: String? = nil, sources: [Source] = [], note: String? = nil
  ) {
    self.regency = regency
    self.cohort = cohort
    self.kind = kind
    self.date = date
    self.until = until
    self.regulation = regulation
    self.sources = sources
    self.note = note
  }
}

/// What a person asks to record as a quick win.
public struct QuickWinRequest: Equatable, Sendable {
  public var regency: String
  public var cohort: String?
  public var pillar: Pillar
  public var title: String
  public var status: QuickWinStatus
  public var start: CalendarDate?
  public var end: CalendarDate?
  public var sources: [Source]
  public var note: String?

  public init(
    regency: String, cohort: String? = nil, pillar: Pillar, title: String, status: QuickWinStatus = .planned,
    start: CalendarDate? = nil, end: CalendarDate? = nil, sources: [Source] = [], note: String? = nil
  ) {
    self.regency = regency
    self.cohort = cohort
    self.pillar = pillar
    self.title = title
    self.status = status
    self.start = start
    self.end = end
    self.sources = sources
    self.note = note
  }
}

extension Registry {
  /// The MoU a milestone or quick win of a region belongs to: the named cohort's, else the
  /// region's only MoU, else the latest signed on or before `date`.
  func membership(of input: String, cohort: String?, on date: CalendarDate?) throws(ProgrammeError) -> MoU {
    let regency = try RegencyResolver(regencies: regencies, provinces: provinces).resolve(input)
    let signed = mous(of: regency.code)
    if let cohort {
      _ = try requireCohort(cohort)
      guard let mou = signed.first(where: { $0.cohort == cohort }) else {
        throw .noMembership(regency: regency.officialName, cohort: cohort)
      }
      return mou
    }
    guard let last = signed.last else { throw .noMembership(regency: regency.officialName, cohort: nil) }
    if signed.count == 1 { return last }
    if let date, let latest = signed.last(where: { $0.signedOn.earliest <= date }) { return latest }
    throw .severalMemberships(regency: regency.officialName, cohorts: signed.map(\.cohort))
  }

  /// Records a milestone, refusing a duplicate; returns it with warnings about an unusual order
  /// (`Milestone.orderNotices`: before the MoU, a Bimtek session whose predecessor is not
  /// recorded or is dated after it).
  @discardableResult
  public mutating func record(_ request: MilestoneRequest) throws(ProgrammeError) -> (Milestone, warnings: [Phrase]) {
    let mou = try membership(of: request.regency, cohort: request.cohort, on: request.date.latest)
    let milestone = Milestone(
      regency: mou.regency, cohort: mou.cohort, kind: request.kind, date: request.date, until: request.until,
      regulation: request.regulation, sources: request.sources, note: request.note)
    let existing = milestones.filter { $0.regency == mou.regency && $0.cohort == mou.cohort }
    if existing.contains(where: { $0.id == milestone.id }) { throw .duplicateMilestone(id: milestone.id) }
    let warnings = milestone.orderNotices(among: existing, signedOn: mou.signedOn).map(\.phrase)
    milestones.append(milestone)
    return (milestone, warnings)
  }

  /// Records a quick win, refusing one with the same title in the same membership.
  @discardableResult
  public mutating func record(_ request: QuickWinRequest) throws(ProgrammeError) -> QuickWin {
    let mou = try membership(of: request.regency, cohort: request.cohort, on: request.start)
    let quickWin = QuickWin(
      regency: mou.regency, cohort: mou.cohort, pillar: request.pillar, title: request.title, status: request.status,
      start: request.start, end: request.end, sources: request.sources, note: request.note)
    if quickWins.contains(where: { $0.id == quickWin.id }) { throw .duplicateQuickWin(id: quickWin.id) }
    quickWins.append(quickWin)
    return quickWin
  }

  /// The stage of a region's membership of a cohort.
  public func stage(of regency: String, in cohort: String) -> Stage {
    let signed = mous.contains { $0.regency == regency && $0.cohort == cohort }
    return Stage.of(signed: signed, milestones: milestones.filter { $0.regency == regency && $0.cohort == cohort })
  }
}
