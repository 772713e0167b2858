/// The programme's pipeline per cohort, as reported: how many memberships are reported to have
/// reached each step after the signing, set against the members the registry knows and the
/// cohort's announced size, and how many members have any report at all. Most Bimtek sessions
/// were never reported in the press, so a step without a report is unknown, not undone.
public struct PipelineReport: Equatable, Sendable {
  public struct Line: Equatable, Sendable {
    public var cohort: String
    public var stage: Stage
    /// Memberships reported to have reached this stage or a later one.
    public var reached: Int
    /// Members of the cohort the registry knows (with a recorded MoU).
    public var known: Int
    public var announced: Int
    /// Known members with any milestone reported: the rest have no report, which says nothing
    /// about what they did.
    public var withReports: Int

    /// The share of the known members reported at this stage or later, in percent.
    public var share: Double { known == 0 ? 0 : Double(reached) * 100 / Double(known) }

    /// "27 reported of 43 known members of 48".
    public var coverage: Phrase {
      Phrase(.stageCoverage, ["reached": .number(reached), "known": .number(known), "announced": .number(announced)])
    }
  }

  /// The stages after the selection, in order.
  public static let stages = Stage.allCases.filter { $0 != .selected }

  public var lines: [Line]

  /// The funnel of every cohort, or of one.
  public init(registry: Registry, cohort: String? = nil) {
    let stages = MembershipStages(registry.milestones)
    // One pass over the MoUs: how many memberships of each cohort stand at each stage, counted
    // by the stage's place in the pipeline's order (`Stage.allCases`), not hashed.
    let order = Stage.allCases
    let none = [Int](repeating: 0, count: order.count)
    var counts: [String: [Int]] = [:]
    // The MoUs of a cohort lie together: its counts are looked up once, not for each MoU.
    var current: (cohort: String, counts: [Int])?
    for mou in registry.mous where cohort == nil || mou.cohort == cohort {
      if current?.cohort != mou.cohort {
        if let current { counts[current.cohort] = current.counts }
        current = (mou.cohort, counts[mou.cohort] ?? none)
      }
      current?.counts[stages.stage(of: mou.regency, in: mou.cohort).place] += 1
    }
    if let current { counts[current.cohort] = current.counts }
    var lines: [Line] = []
    for item in registry.cohorts.sorted(by: { $0.id < $1.id }) where cohort == nil || item.id == cohort {
      let atStage = counts[item.id] ?? none
      let known = atStage.reduce(0, +)
      let withReports = known - atStage[Stage.signed.place]
      for stage in Self.stages {
        // The stages are in order: this one and every later one.
        let reached = atStage[stage.place...].reduce(0, +)
        lines.append(
          Line(
            cohort: item.id, stage: stage, reached: reached, known: known, announced: item.announcedSize, withReports: withReports
          ))
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

// MARK: - Messages

extension Message {
  public static let stageCoverage = Message(
    english: "{reached} reported of {known} known members of {announced}",
    indonesian: "{reached} diberitakan dari {known} anggota yang diketahui dari {announced}")
}
