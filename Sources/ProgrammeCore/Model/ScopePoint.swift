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
  public var summary: Message {
    switch self {
    case .masterplanGuidance: .scopeMasterplanGuidance
    case .dataExchange: .scopeDataExchange
    case .socialisation: .scopeSocialisation
    case .dataIntegration: .scopeDataIntegration
    }
  }
}
