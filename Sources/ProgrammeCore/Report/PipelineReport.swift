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
    // One pass over the MoUs: how many memberships of each cohort stand at each stage.
    var counts: [String: [Stage: Int]] = [:]
    for mou in registry.mous where cohort == nil || mou.cohort == cohort {
      let milestones = milestonesByMembership.isEmpty ? [] : milestonesByMembership[mou.id] ?? []
      counts[mou.cohort, default: [:]][Stage.of(signed: true, milestones: milestones), default: 0] += 1
    }
    var lines: [Line] = []
    for item in registry.cohorts.sorted(by: { $0.id < $1.id }) where cohort == nil || item.id == cohort {
      let atStage = counts[item.id] ?? [:]
      for stage in Self.stages {
        let reached = atStage.filter { $0.key >= stage }.values.reduce(0, +)
        lines.append(Line(cohort: item.id, stage: stage, reached: reached, announced: item.announcedSize))
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
