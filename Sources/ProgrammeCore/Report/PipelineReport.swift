/// The programme's pipeline per cohort: how many memberships reached each stage after the
/// signing, against the cohort's announced size.
public struct PipelineReport: Equatable, Sendable {
  public struct Line: Equatable, Sendable {
    public var cohort: String
    public var stage: Stage
    /// Memberships that reached this stage or a later one.
    public var reached: Int
    public var announced: Int

    /// The share of the announced size, in percent.
    public var share: Double { announced == 0 ? 0 : Double(reached) * 100 / Double(announced) }
  }

  /// The stages after the selection, in order.
  public static let stages = Stage.allCases.filter { $0 != .selected }

  public var lines: [Line]

  /// The funnel of every cohort, or of one.
  public init(registry: Registry, cohort: String? = nil) {
    var milestonesByMembership: [String: [Milestone]] = [:]
    for milestone in registry.milestones {
      milestonesByMembership[MoU.id(cohort: milestone.cohort, regency: milestone.regency), default: []].append(milestone)
    }
    var lines: [Line] = []
    for item in registry.cohorts.sorted(by: { $0.id < $1.id }) where cohort == nil || item.id == cohort {
      let stages = registry.mous(in: item.id).map { Stage.of(signed: true, milestones: milestonesByMembership[$0.id] ?? []) }
      for stage in Self.stages {
        lines.append(Line(cohort: item.id, stage: stage, reached: stages.filter { $0 >= stage }.count, announced: item.announcedSize))
      }
    }
    self.lines = lines
  }
}

/// Quick wins per pillar and status.
public struct PillarReport: Equatable, Sendable {
  public struct Line: Equatable, Sendable {
    public var pillar: Pillar
    public var counts: [QuickWinStatus: Int]

    public var total: Int { counts.values.reduce(0, +) }
  }

  public var lines: [Line]

  public init(registry: Registry, cohort: String? = nil) {
    lines = Pillar.allCases.map { pillar in
      var counts: [QuickWinStatus: Int] = [:]
      for status in QuickWinStatus.allCases { counts[status] = 0 }
      for quickWin in registry.quickWins where quickWin.pillar == pillar && (cohort == nil || quickWin.cohort == cohort) {
        counts[quickWin.status, default: 0] += 1
      }
      return Line(pillar: pillar, counts: counts)
    }
  }
}
