/// A quick win: a concrete project a region carries out under one of the six pillars.
public struct QuickWin: Codable, Equatable, Sendable, Identifiable {
  /// `quickwin-<cohort>-<code>-<slug of the title>`.
  public var id: String
  public var regency: String
  public var cohort: String
  public var pillar: Pillar
  public var title: String
  public var status: QuickWinStatus
  public var start: CalendarDate?
  public var end: CalendarDate?
  public var sources: [Source]
  public var note: String?

  public init(
    regency: String, cohort: String, pillar: Pillar, title: String, status: QuickWinStatus = .planned,
    start: CalendarDate? = nil, end: CalendarDate? = nil, sources: [Source] = [], note: String? = nil
  ) {
    self.id = "quickwin-\(cohort)-\(regency)-\(QuickWin.slug(title))"
    self.regency = regency
    self.cohort = cohort
    self.pillar = pillar
    self.title = title
    self.status = status
    self.start = start
    self.end = end
    self.sources = sources
    self.note = note
  }

  /// The title folded to lower-case ASCII words joined by dashes, for a stable id.
  public static func slug(_ title: String) -> String {
    let words = title.foldedForMatching.split(separator: " ").map { word in
      String(word.unicodeScalars.filter { $0.isASCII }.map(Character.init))
    }.filter { !$0.isEmpty }
    return words.prefix(8).joined(separator: "-")
  }
}

/// Where a quick win stands.
public enum QuickWinStatus: String, Codable, CaseIterable, Sendable {
  case planned
  case running
  case done

  /// The status as a table heading: "Planned", "Berjalan".
  public var title: Message {
    switch self {
    case .planned: .quickWinPlanned
    case .running: .quickWinRunning
    case .done: .quickWinDone
    }
  }
}

// MARK: - Messages

extension Message {
  public static let quickWinPlanned = Message(
    english: "Planned",
    indonesian: "Direncanakan")
  public static let quickWinRunning = Message(
    english: "Running",
    indonesian: "Berjalan")
  public static let quickWinDone = Message(
    english: "Done",
    indonesian: "Selesai")
}
