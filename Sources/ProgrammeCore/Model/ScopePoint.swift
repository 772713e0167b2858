/// A point of an MoU's scope (ruang lingkup), as the seeds list them.
public enum ScopePoint: String, Codable, CaseIterable, Sendable {
  /// Technical guidance (bimbingan teknis) for the Smart City masterplan.
  case masterplanGuidance = "masterplan-guidance"
  /// Data exchange and legal software or FOSS between regional agencies (OPD).
  case dataExchange = "data-exchange"
  /// Socialisation and focus group discussions on the movement.
  case socialisation
  /// Data integration between regional agencies.
  case dataIntegration = "data-integration"

  /// The point in words.
  public var summary: String {
    switch self {
    case .masterplanGuidance: "technical guidance for the Smart City masterplan"
    case .dataExchange: "data exchange and legal software / FOSS between regional agencies"
    case .socialisation: "socialisation and focus group discussions (FGD)"
    case .dataIntegration: "data integration between regional agencies"
    }
  }
}
