/// Something unusual about where a milestone stands in its membership's pipeline: worth a
/// warning, never a reason to refuse or drop a sourced step (a press report of Bimtek II is
/// true even when nobody reported Bimtek I).
public enum MilestoneOrderNotice: Equatable, Sendable {
  /// The step is certainly before the membership's MoU was signed.
  case beforeMoU(date: ReportedDate, signed: ReportedDate)
  /// A later Bimtek session whose predecessor is not recorded.
  case previousBimtekMissing(previous: MilestoneKind)
  /// A later Bimtek session certainly dated before its recorded predecessor.
  case beforePreviousBimtek(previous: MilestoneKind, date: ReportedDate)

  /// Which check found it, for `validate`'s scripts.
  public var check: String {
    switch self {
    case .beforeMoU: "milestone-before-mou"
    case .previousBimtekMissing: "bimtek-gap"
    case .beforePreviousBimtek: "bimtek-order"
    }
  }

  /// The summary `validate` gives of every milestone with a notice of this kind.
  var summary: Message {
    switch self {
    case .beforeMoU: .milestonesBeforeMoU
    case .previousBimtekMissing: .bimtekGaps
    case .beforePreviousBimtek: .bimtekOutOfOrder
    }
  }

  public var phrase: Phrase {
    switch self {
    case .beforeMoU(let date, let signed): Phrase(.milestoneBeforeMoU, ["date": .date(date), "signed": .date(signed)])
    case .previousBimtekMissing(let previous): Phrase(.previousBimtekMissing, ["milestone": .phrase(Phrase(previous.title))])
    case .beforePreviousBimtek(let previous, let date):
      Phrase(.milestoneBeforePreviousBimtek, ["milestone": .phrase(Phrase(previous.title)), "date": .date(date)])
    }
  }
}

extension Milestone {
  /// The notices about this step, among the other milestones of its membership and its MoU:
  /// the one rule `add-milestone`, `import` and `validate` all apply.
  public func orderNotices(among membership: [Milestone], signedOn: ReportedDate?) -> [MilestoneOrderNotice] {
    var notices: [MilestoneOrderNotice] = []
    if let signedOn, date.isCertainlyBefore(signedOn) {
      notices.append(.beforeMoU(date: date, signed: signedOn))
    }
    if let previous = kind.previousBimtek {
      let earlier = membership.filter { $0.kind == previous }
      if earlier.isEmpty {
        notices.append(.previousBimtekMissing(previous: previous))
      } else if earlier.allSatisfy({ date.isCertainlyBefore($0.date) }) {
        notices.append(.beforePreviousBimtek(previous: previous, date: earlier.map(\.date).min() ?? date))
      }
    }
    return notices
  }
}

extension Registry {
  /// Every milestone's notices, with the milestone's id, in the store's order.
  public func milestoneOrderNotices() -> [(id: String, notice: MilestoneOrderNotice)] {
    let byMembership = Dictionary(grouping: milestones) { MoU.id(cohort: $0.cohort, regency: $0.regency) }
    let signed = Dictionary(mous.lazy.filter { byMembership[$0.id] != nil }.map { ($0.id, $0.signedOn) }) { first, _ in first }
    var result: [(id: String, notice: MilestoneOrderNotice)] = []
    for milestone in milestones {
      let membership = MoU.id(cohort: milestone.cohort, regency: milestone.regency)
      for notice in milestone.orderNotices(among: byMembership[membership] ?? [], signedOn: signed[membership]) {
        result.append((milestone.id, notice))
      }
    }
    return result
  }
}

// MARK: - Messages

extension Message {
  public static let milestoneBeforeMoU = Message(
    english: "the milestone ({date}) is before the MoU of {signed}",
    indonesian: "tahapan ini ({date}) mendahului nota kesepakatan tanggal {signed}")
  public static let previousBimtekMissing = Message(
    english: "{milestone} is not recorded for this membership",
    indonesian: "{milestone} belum tercatat untuk keanggotaan ini")
  public static let milestoneBeforePreviousBimtek = Message(
    english: "it is dated before {milestone} ({date})",
    indonesian: "tanggalnya mendahului {milestone} ({date})")
  public static let milestonesBeforeMoU = Message(
    english: "milestones.json: {count} {count|milestone|milestones} dated before their membership's MoU: {ids}",
    indonesian: "milestones.json: {count} tahapan bertanggal sebelum nota kesepakatan keanggotaannya: {ids}")
  public static let bimtekGaps = Message(
    english:
      "milestones.json: {count} Bimtek {count|session|sessions} whose previous session is not recorded (not reported, or not found yet): {ids}",
    indonesian:
      "milestones.json: {count} sesi Bimtek yang sesi sebelumnya belum tercatat (tidak diberitakan, atau belum ditemukan): {ids}")
  public static let bimtekOutOfOrder = Message(
    english: "milestones.json: {count} Bimtek {count|session|sessions} dated before their previous session: {ids}",
    indonesian: "milestones.json: {count} sesi Bimtek bertanggal sebelum sesi sebelumnya: {ids}")
}
