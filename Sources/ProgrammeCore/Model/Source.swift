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
        var high: UInt8 = 0
        for index in bounds { high |= bytes[index] }
        guard high < 0x80 else {
          let name = String(decoding: UnsafeBufferPointer(rebasing: bytes[bounds]), as: UTF8.self).lowercased()
          return name.hasPrefix("www.") ? String(name.dropFirst(4)) : name
        }
        // An ASCII host (nearly all) is lowered by bytes into the new string, with no
        // intermediate one.
        func lowered(_ byte: UInt8) -> UInt8 { (0x41...0x5A).contains(byte) ? byte | 0x20 : byte }
        var start = bounds.lowerBound
        if bounds.count >= 4, lowered(bytes[start]) == UInt8(ascii: "w"), lowered(bytes[start + 1]) == UInt8(ascii: "w"),
          lowered(bytes[start + 2]) == UInt8(ascii: "w"), bytes[start + 3] == UInt8(ascii: ".")
        {
          start += 4
        }
        return String(unsafeUninitializedCapacity: bounds.upperBound - start) { name in
          for offset in 0..<(bounds.upperBound - start) { name[offset] = lowered(bytes[start + offset]) }
          return bounds.upperBound - start
        }
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

  /// Whether any byte is a space, eight bytes at a time (the "has zero byte" test of "Bit
  /// Twiddling Hacks" on the bytes' differences from a space).
  static func containsSpace(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    guard let raw = UnsafeRawPointer(bytes.baseAddress) else { return false }
    let ones: UInt64 = 0x0101_0101_0101_0101
    var offset = 0
    while offset + 8 <= bytes.count {
      let word = raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self) ^ (0x20 &* ones)
      if (word &- ones) & ~word & (0x80 &* ones) != 0 { return true }
      offset += 8
    }
    while offset < bytes.count {
      if bytes[offset] == 0x20 { return true }
      offset += 1
    }
    return false
  }

  /// Who stands behind the source, for counting independent sources: its host, else its
  /// publisher, else its title.
  public var origin: String { origin(host: host) }

  /// The origin, given the source's host (`host`) found already.
  func origin(host: String?) -> String {
    host ?? publisher?.lowercased() ?? title?.lowercased() ?? ""
  }

  /// How many independent sources a record's sources are, given their origins: the distinct ones.
  static func independentCount(origins: some Swift.Collection<String>) -> Int {
    // A record cites a few sources: comparing them is cheaper than hashing them into a set.
    guard origins.count > 16 else {
      var distinct: [String] = []
      distinct.reserveCapacity(origins.count)
      for origin in origins where !distinct.contains(origin) { distinct.append(origin) }
      return distinct.count
    }
    return Set(origins).count
  }

  /// Whether a browser can open the address: an http or https address with a host.
  public var isOpenable: Bool {
    // By bytes, as `host`: `http://` or `https://` with the letters in either case, a host,
    // and no space anywhere.
    guard var address = url else { return false }
    return address.withUTF8 { bytes in
      func lowered(_ index: Int) -> UInt8 { (0x41...0x5A).contains(bytes[index]) ? bytes[index] | 0x20 : bytes[index] }
      guard bytes.count > 4, lowered(0) == UInt8(ascii: "h"), lowered(1) == UInt8(ascii: "t"),
        lowered(2) == UInt8(ascii: "t"), lowered(3) == UInt8(ascii: "p")
      else { return false }
      let colon = lowered(4) == UInt8(ascii: "s") ? 5 : 4
      guard bytes.count > colon + 2, bytes[colon] == UInt8(ascii: ":"), bytes[colon + 1] == UInt8(ascii: "/"),
        bytes[colon + 2] == UInt8(ascii: "/"), Self.hostBounds(in: bytes) != nil
      else { return false }
      return !Self.containsSpace(bytes)
    }
  }

  /// The citation in English, as machine-readable output gives it.
  public var citation: String { citationValue.text(in: .english) }

  /// The citation in a language.
  public func citation(in language: Language) -> String { citationValue.text(in: language) }
}

extension Array where Element == Source {
  /// How many independent sources there are: distinct origins (hosts, else publishers).
  public var independentCount: Int { Source.independentCount(origins: lazy.map(\.origin)) }
}
