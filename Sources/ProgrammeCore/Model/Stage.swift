/// Where a membership stands in the programme's pipeline, derived from its MoU and milestones
/// (never stored).
public enum Stage: Hashable, Sendable, Comparable, CaseIterable, RawRepresentable {
  /// Named in a selection letter, no MoU recorded.
  case selected
  case signed
  /// A step after the signing: the kinds of milestone, declared once (`MilestoneKind`).
  case reached(MilestoneKind)

  /// Every stage in the pipeline's order.
  public static let allCases: [Stage] = [.selected, .signed] + MilestoneKind.allCases.map(Stage.reached)

  /// The stage a milestone takes a membership to.
  public init(_ kind: MilestoneKind) {
    self = .reached(kind)
  }

  /// `selected`, `signed`, or the milestone kind's code (`bimtek-1`).
  public init?(rawValue: String) {
    switch rawValue {
    case "selected": self = .selected
    case "signed": self = .signed
    default:
      guard let kind = MilestoneKind(rawValue: rawValue) else { return nil }
      self = .reached(kind)
    }
  }

  public var rawValue: String {
    switch self {
    case .selected: "selected"
    case .signed: "signed"
    case .reached(let kind): kind.rawValue
    }
  }

  /// The stage of a signed membership with these milestones: the furthest one reached.
  public static func of(signed: Bool, milestones: [Milestone]) -> Stage {
    of(signed: signed, reached: milestones.lazy.map(\.kind))
  }

  /// The same, from the kinds of milestone the membership reached.
  static func of(signed: Bool, reached kinds: some Sequence<MilestoneKind>) -> Stage {
    guard signed else { return .selected }
    return kinds.max().map(Stage.reached) ?? .signed
  }

  /// The place in `allCases`, the pipeline's order.
  var place: Int {
    switch self {
    case .selected: 0
    case .signed: 1
    case .reached(let kind): 2 + kind.order
    }
  }

  public static func < (lhs: Stage, rhs: Stage) -> Bool { lhs.place < rhs.place }
}
