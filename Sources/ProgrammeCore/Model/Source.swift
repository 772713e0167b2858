/// Where a fact comes from: a news report, an official site, a regulation.
///
/// At least one of `title`, `publisher` or `url` is present; a record whose `sources` is
/// empty is unsourced, and every output says so.
public struct Source: Codable, Equatable, Hashable, Sendable {
  /// The article's or document's title.
  public var title: String?
  /// Who published it: "Media Center Manggarai Timur", "Bali Tribune".
  public var publisher: String?
  /// The day it was published, when known.
  public var date: CalendarDate?
  /// Where to read it; kept as written (some sources print addresses without a scheme).
  public var url: String?
  /// A short paraphrase of what the source states that the record relies on, so that a reader
  /// can judge the claim before opening it ("Listed among the 25 regions chosen ...").
  public var evidence: String?
  /// A caveat about the source.
  public var note: String?

  public init(
    title: String? = nil, publisher: String? = nil, date: CalendarDate? = nil,
    url: String? = nil, evidence: String? = nil, note: String? = nil
  ) {
    self.title = title
    self.publisher = publisher
    self.date = date
    self.url = url
    self.evidence = evidence
    self.note = note
  }

  /// A source typed on the command line: an address if it looks like one, else a title.
  public init(text: String) {
    let trimmed = text.trimmingWhitespace
    let lowered = trimmed.lowercased()
    if lowered.hasPrefix("http://") || lowered.hasPrefix("https://") || lowered.hasPrefix("www.") {
      self.init(url: trimmed)
    } else {
      self.init(title: trimmed)
    }
  }

  /// One line for people: publisher, title, date and address, as far as known; the date
  /// written as the reader's language writes it.
  public var citationValue: Phrase.Value {
    var parts: [Phrase.Value] = []
    if let publisher { parts.append(.text(publisher)) }
    if let title { parts.append(.text(title)) }
    if let date { parts.append(.date(date)) }
    if let url { parts.append(.text(url)) }
    return parts.isEmpty ? .text(note ?? "") : .list(parts)
  }

  /// The citation in English, as machine-readable output gives it.
  public var citation: String { citationValue.text(in: .english) }

  /// The citation in a language.
  public func citation(in language: Language) -> String { citationValue.text(in: language) }
}
