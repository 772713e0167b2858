/// An MoU as it was signed: what the MoU records itself, completed with what its signing
/// ceremony records for every MoU signed there. One definition for `show`, the site, the HTML
/// report and the SQL view `mous_as_signed`.
///
/// The ceremony gives its mode, its presiding official and the ministry's signatory where the
/// MoU states none. It never gives the place the region signed from: a region may join a
/// ceremony from its own office, so the ceremony's venue is the ministry's, shown as the
/// ceremony's, and `signedFrom` is the MoU's own venue or unknown.
public struct MoUAsSigned: Equatable, Sendable {
  /// The MoU's fields a ceremony completes, by their names in the store (and, in snake case,
  /// the SQL columns they become): what the SQL view coalesces.
  public static let takenFromCeremony = ["mode", "presidedBy", "ministrySignatory"]

  public var mou: MoU
  /// The ceremony the MoU names, if the registry holds it.
  public var ceremony: SigningCeremony?

  public init(_ mou: MoU, in registry: Registry) {
    self.mou = mou
    self.ceremony = mou.ceremony.flatMap { registry.ceremony(id: $0) }
  }

  public var mode: SigningMode? { mou.mode ?? ceremony?.mode }
  public var presidedBy: String? { mou.presidedBy ?? ceremony?.presidedBy }
  public var ministrySignatory: Signatory? { mou.ministrySignatory ?? ceremony?.ministrySignatory }
  /// Where the region signed from: the MoU's own venue, never the ceremony's.
  public var signedFrom: String? { mou.venue }
}
