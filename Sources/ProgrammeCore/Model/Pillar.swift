/// One of the six pillars of the Smart City programme.
public enum Pillar: String, Codable, CaseIterable, Sendable {
  case governance
  case branding
  case economy
  case living
  case society
  case environment

  /// The name the programme uses: "Smart Governance".
  public var name: String {
    switch self {
    case .governance: "Smart Governance"
    case .branding: "Smart Branding"
    case .economy: "Smart Economy"
    case .living: "Smart Living"
    case .society: "Smart Society"
    case .environment: "Smart Environment"
    }
  }
}

/// A pillar as the store describes it, with its sources.
public struct PillarRecord: Codable, Equatable, Sendable, Identifiable {
  public var id: Pillar
  public var name: String
  /// What the pillar covers, in the programme's words.
  public var summary: String?
  public var sources: [Source]

  public init(id: Pillar, name: String? = nil, summary: String? = nil, sources: [Source] = []) {
    self.id = id
    self.name = name ?? id.name
    self.summary = summary
    self.sources = sources
  }
}
