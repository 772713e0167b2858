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

  /// A source typed on the command line or in a spreadsheet: an address if it looks like one
  /// (`https://…`, `www.…`, or a dotted host followed by a path, as news sites are often
  /// cited), given `https://` when it has no scheme so that a browser opens it; else a title.
  /// A source with an address is named by its host until a publisher is given.
  public init(text: String) {
    let trimmed = text.trimmingWhitespace
    let lowered = trimmed.lowercased()
    if lowered.hasPrefix("http://") || lowered.hasPrefix("https://") {
      self.init(url: trimmed)
    } else if Self.looksLikeAddress(trimmed) {
      self.init(url: "https://" + trimmed)
    } else {
      self.init(title: trimmed)
    }
    publisher = host
  }

  /// `www.example.org`, `example.org/page`: no spaces, and a host of dotted labels ending in
  /// letters before the first slash (a title such as "Perbup No. 27" is not an address).
  static func looksLikeAddress(_ text: String) -> Bool {
    guard !text.contains(where: \.isWhitespace), !text.isEmpty else { return false }
    let host = text.prefix { $0 != "/" }
    let labels = host.split(separator: ".", omittingEmptySubsequences: false)
    guard labels.count >= 2, labels.allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" } }),
      let last = labels.last, last.count >= 2, last.allSatisfy(\.isLetter)
    else { return false }
    return true
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

  /// The address's host without `www.` ("antaranews.com"), when the source has an address
  /// with a scheme.
  public var host: String? {
    guard var address = url else { return nil }
    return address.withUTF8 { bytes in
      Self.hostBounds(in: bytes).map { bounds in
        let name = String(decoding: UnsafeBufferPointer(rebasing: bytes[bounds]), as: UTF8.self).lowercased()
        return name.hasPrefix("www.") ? String(name.dropFirst(4)) : name
      }
    }
  }

  /// Where the host lies in an address: after the first `://`, up to a path, query, fragment
  /// or port; `nil` when there is no scheme or the host is empty. By bytes: an audit of a store
  /// asks this several times of every source.
  static func hostBounds(in bytes: UnsafeBufferPointer<UInt8>) -> Range<Int>? {
    var start = 0
    while start + 2 < bytes.count && !(bytes[start] == 0x3A && bytes[start + 1] == 0x2F && bytes[start + 2] == 0x2F) {
      start += 1
    }
    guard start + 2 < bytes.count else { return nil }
    start += 3
    var end = start
    scan: while end < bytes.count {
      switch bytes[end] {
      case 0x2F, 0x3F, 0x23, 0x3A: break scan
      default: end += 1
      }
    }
    return end > start ? start..<end : nil
  }

  /// Who stands behind the source, for counting independent sources: its host, else its
  /// publisher, else its title.
  public var origin: String {
    host ?? publisher?.lowercased() ?? title?.lowercased() ?? ""
  }

  /// Whether a browser can open the address: an http or https address with a host.
  public var isOpenable: Bool {
    // By bytes, as `host`: the scheme's letters in either case, and no space anywhere.
    guard var address = url else { return false }
    return address.withUTF8 { bytes in
      func startsWith(_ scheme: StaticString) -> Bool {
        bytes.count >= scheme.utf8CodeUnitCount
          && (0..<scheme.utf8CodeUnitCount).allSatisfy { index in
            let byte = bytes[index]
            return ((0x41...0x5A).contains(byte) ? byte | 0x20 : byte) == scheme.utf8Start[index]
          }
      }
      return (startsWith("https://") || startsWith("http://")) && Self.hostBounds(in: bytes) != nil
        && !bytes.contains(0x20)
    }
  }

  /// The citation in English, as machine-readable output gives it.
  public var citation: String { citationValue.text(in: .english) }

  /// The citation in a language.
  public func citation(in language: Language) -> String { citationValue.text(in: language) }
}

extension Array where Element == Source {
  /// How many independent sources there are: distinct origins (hosts, else publishers).
  public var independentCount: Int {
    // A record cites a few sources: comparing them is cheaper than hashing them into a set.
    guard count > 16 else {
      var origins: [String] = []
      for source in self {
        let origin = source.origin
        if !origins.contains(origin) { origins.append(origin) }
      }
      return origins.count
    }
    return Set(map(\.origin)).count
  }
}
