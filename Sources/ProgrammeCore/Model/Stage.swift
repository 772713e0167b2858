/// Where a membership stands in the programme's pipeline, derived from its MoU and milestones
/// (never stored).
public enum Stage: String, CaseIterable, Sendable, Comparable {
  /// Named in a selection letter, no MoU recorded.
  case selected
  case signed
  case bimtek1 = "bimtek-1"
  case bimtek2 = "bimtek-2"
  case bimtek3 = "bimtek-3"
  case bimtek4 = "bimtek-4"
  case masterplanPresented = "masterplan-presented"
  case masterplanAdopted = "masterplan-adopted"
  case evaluated
  case awarded

  /// The stage a milestone takes a membership to.
  public init(_ kind: MilestoneKind) {
    self = Stage(rawValue: kind.rawValue) ?? .signed
  }

  /// The stage of a signed membership with these milestones: the furthest one reached.
  public static func of(signed: Bool, milestones: [Milestone]) -> Stage {
    guard signed else { return .selected }
    return milestones.map { Stage($0.kind) }.max() ?? .signed
  }

  public static func < (lhs: Stage, rhs: Stage) -> Bool {
    (allCases.firstIndex(of: lhs) ?? 0) < (allCases.firstIndex(of: rhs) ?? 0)
  }
}
