/// Which steps of the pipeline one membership (a region in a cohort) has reported, and which
/// a later reported step makes certain (`MilestoneKind.implies`): what the funnel counts and
/// `list --reached` and `--reported` select, from one definition.
public struct MembershipProgress: Equatable, Sendable {
  /// How the registry knows that a membership took a step.
  public enum Standing: String, Sendable {
    /// A milestone of that kind is recorded (for the signing: the MoU).
    case reported
    /// No milestone of that kind is recorded, but a later reported step makes it certain.
    case implied
    /// Neither: nothing is known (which says nothing about what the region did).
    case unknown
  }

  /// Whether the membership has an MoU (a region a letter names without one has none).
  public var isSigned: Bool
  /// The kinds of milestone recorded for the membership.
  public var reported: Set<MilestoneKind>

  public init(isSigned: Bool, reported: Set<MilestoneKind>) {
    self.isSigned = isSigned
    self.reported = reported
  }

  /// How the registry knows the membership took this step.
  public func standing(at stage: Stage) -> Standing {
    switch stage {
    case .selected: return .reported
    case .signed: return isSigned ? .reported : .unknown
    case .reached(let kind):
      guard isSigned else { return .unknown }
      if reported.contains(kind) { return .reported }
      return reported.contains { $0.implies.contains(kind) } ? .implied : .unknown
    }
  }

  /// Whether the step is reported or implied: what the funnel counts as reached.
  public func hasReached(_ stage: Stage) -> Bool { standing(at: stage) != .unknown }

  /// The furthest step reported (`list --stage`).
  public var furthest: Stage { Stage.of(signed: isSigned, reached: reported) }
}
