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

// MARK: - Messages

extension Message {
  public static let scopeMasterplanGuidance = Message(
    english: "technical guidance for the Smart City masterplan",
    indonesian: "bimbingan teknis penyusunan rencana induk (masterplan) Smart City")
  public static let scopeDataExchange = Message(
    english: "data exchange and legal software / FOSS between regional agencies",
    indonesian: "pertukaran data dan penggunaan perangkat lunak legal dan/atau FOSS antar-organisasi perangkat daerah")
  public static let scopeSocialisation = Message(
    english: "socialisation and focus group discussions (FGD)",
    indonesian: "sosialisasi dan diskusi kelompok terpumpun (FGD)")
  public static let scopeDataIntegration = Message(
    english: "data integration between regional agencies",
    indonesian: "integrasi data antar-organisasi perangkat daerah")
}
