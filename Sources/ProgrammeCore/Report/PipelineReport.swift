/// The programme's pipeline per cohort, as reported: how many memberships are reported to have
/// reached each step after the signing, set against the members the registry knows and the
/// cohort's announced size, and how many members have any report at all. Most Bimtek sessions
/// were never reported in the press, so a step without a report is unknown, not undone.
public struct PipelineReport: Equatable, Sendable {
  public struct Line: Equatable, Sendable {
    public var cohort: String
    public var stage: Stage
    /// Memberships with this step recorded (for the signing: every known member).
    public var reported: Int
    /// Memberships without this step recorded whose later reported step makes it certain
    /// (`MilestoneKind.implies`: a Bimtek IV implies the earlier sessions).
    public var implied: Int
    /// Members of the cohort the registry knows (with a recorded MoU).
    public var known: Int
    public var announced: Int
    /// Known members with any milestone reported: the rest have no report, which says nothing
    /// about what they did.
    public var withReports: Int

    /// Memberships known to have taken the step: reported or implied, what `list --reached`
    /// lists.
    public var reached: Int { reported + implied }

    /// The share of the known members known to have taken the step, in percent.
    public var share: Double { known == 0 ? 0 : Double(reached) * 100 / Double(known) }

    /// "13 reported of 39 known members of 50", or "24 reported and 3 implied by a later
    /// session, of 45 known members of 48".
    public var coverage: Phrase {
      let values: [String: Phrase.Value] = [
        "reported": .number(reported), "implied": .number(implied), "known": .number(known),
        "announced": .number(announced),
      ]
      return Phrase(implied == 0 ? .stageCoverage : .stageCoverageImplied, values)
    }
  }

  /// The stages after the selection, in order.
  public static let stages = Stage.allCases.filter { $0 != .selected }

  public var lines: [Line]

  /// The funnel of every cohort, or of one: per step, the members that reported it and those
  /// a later reported step implies it for, each membership judged by `MembershipProgress`.
  public init(registry: Registry, cohort: String? = nil) {
    let memberships = MembershipStages(registry.milestones)
    var reported: [String: [Int]] = [:]
    var implied: [String: [Int]] = [:]
    var known: [String: Int] = [:]
    var withReports: [String: Int] = [:]
    let none = [Int](repeating: 0, count: Self.stages.count)
    for mou in registry.mous where cohort == nil || mou.cohort == cohort {
      let progress = memberships.progress(of: mou.regency, in: mou.cohort)
      known[mou.cohort, default: 0] += 1
      if !progress.reported.isEmpty { withReports[mou.cohort, default: 0] += 1 }
      var reportedHere = reported[mou.cohort] ?? none
      var impliedHere = implied[mou.cohort] ?? none
      for (index, stage) in Self.stages.enumerated() {
        switch progress.standing(at: stage) {
        case .reported: reportedHere[index] += 1
        case .implied: impliedHere[index] += 1
        case .unknown: break
        }
      }
      reported[mou.cohort] = reportedHere
      implied[mou.cohort] = impliedHere
    }
    var lines: [Line] = []
    for item in registry.cohorts.sorted(by: { $0.id < $1.id }) where cohort == nil || item.id == cohort {
      for (index, stage) in Self.stages.enumerated() {
        lines.append(
          Line(
            cohort: item.id, stage: stage, reported: reported[item.id]?[index] ?? 0, implied: implied[item.id]?[index] ?? 0,
            known: known[item.id] ?? 0, announced: item.announcedSize, withReports: withReports[item.id] ?? 0))
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
    english: "{reported} reported of {known} known {known|member|members} of {announced}",
    indonesian: "{reported} diberitakan dari {known} anggota yang diketahui dari {announced}")
  public static let stageCoverageImplied = Message(
    english:
      "{reported} reported and {implied} implied by a later session, of {known} known {known|member|members} of {announced}",
    indonesian:
      "{reported} diberitakan dan {implied} tersirat dari sesi sesudahnya, dari {known} anggota yang diketahui dari {announced}")
}
