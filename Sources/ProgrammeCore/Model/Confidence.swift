/// How strongly public reporting supports a membership recorded as an MoU. (Weaker reports are
/// not memberships: they are unconfirmed claims, with a `ClaimConfidence`.)
public enum Confidence: String, Codable, CaseIterable, Sendable {
  /// An official regional or ministry site (`.go.id`), or two independent reports, name the
  /// region for the cohort.
  case high
  /// One news report names the region for the cohort explicitly.
  case medium
}
