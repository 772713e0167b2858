#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

extension String {
  /// The text without leading and trailing white space and newlines.
  public var trimmingWhitespace: String {
    // Nearly every value starts and ends with a visible ASCII character: nothing to trim, and
    // no need for Foundation's scan (an import trims every cell of every row).
    func isASCIISpace(_ byte: UInt8) -> Bool { byte == 0x20 || (0x09...0x0D).contains(byte) }
    let bytes = utf8
    guard let start = bytes.firstIndex(where: { !isASCIISpace($0) }) else { return "" }
    let end = bytes.lastIndex(where: { !isASCIISpace($0) })!
    // Other white space (a no-break space, an ideographic space) is found by its Unicode property.
    guard bytes[start] < 0x80, bytes[end] < 0x80 else { return trimming { $0.properties.isWhitespace } }
    if start == bytes.startIndex && end == bytes.index(before: bytes.endIndex) { return self }
    return String(self[start...end])
  }

  /// The text without leading and trailing scalars of a kind.
  func trimming(_ isTrimmed: (Unicode.Scalar) -> Bool) -> String {
    let scalars = unicodeScalars
    guard let start = scalars.firstIndex(where: { !isTrimmed($0) }) else { return "" }
    let end = scalars.lastIndex(where: { !isTrimmed($0) })!
    return String(scalars[start...end])
  }

  /// The text without leading and trailing spaces and tabs (line breaks kept).
  var trimmingSpaces: String {
    trimming { $0.properties.isWhitespace && !("\n"..."\r").contains($0) && !["\u{85}", "\u{2028}", "\u{2029}"].contains($0) }
  }

  /// The text folded for matching: lower case, without diacritics, runs of white space and
  /// punctuation collapsed to one space.
  public var foldedForMatching: String {
    // Names are nearly always ASCII: fold those by hand, which is many times faster than
    // Foundation's folding (it runs on every regency name whenever a name is resolved).
    if utf8.allSatisfy({ $0 < 0x80 }) {
      var result: [UInt8] = []
      result.reserveCapacity(utf8.count)
      var pendingSpace = false
      for byte in utf8 {
        let isLetter = (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39)
        let isUpper = byte >= 0x41 && byte <= 0x5A
        if isLetter || isUpper {
          if pendingSpace && !result.isEmpty { result.append(0x20) }
          pendingSpace = false
          result.append(isUpper ? byte + 0x20 : byte)
        } else {
          pendingSpace = true
        }
      }
      return String(decoding: result, as: UTF8.self)
    }
    var result = ""
    var pendingSpace = false
    for scalar in unicodeScalars {
      guard let folded = Self.folded(scalar) else {
        pendingSpace = true
        continue
      }
      if folded.isEmpty { continue }
      if pendingSpace && !result.isEmpty { result.append(" ") }
      pendingSpace = false
      result += folded
    }
    return result
  }

  /// One scalar folded for matching: a Latin letter with marks (é, Ø) or in full width (Ａ) as
  /// its plain lower-case letter, a digit of any script as its ASCII digit, another letter or
  /// number in lower case; a combining mark as nothing; `nil` for a separator.
  static func folded(_ scalar: Unicode.Scalar) -> String? {
    let properties = scalar.properties
    switch properties.generalCategory {
    case .nonspacingMark, .spacingMark, .enclosingMark:
      return ""
    case .decimalNumber:
      return properties.numericValue.map { String(Int($0)) } ?? String(scalar)
    case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter, .letterNumber, .otherNumber:
      // The Unicode name says which Latin letter a decorated one is: "LATIN SMALL LETTER E
      // WITH ACUTE", "FULLWIDTH LATIN CAPITAL LETTER A".
      if let name = properties.name {
        let words = name.split(separator: " ")
        if words.contains("LATIN"), let letter = words.firstIndex(of: "LETTER"), letter + 1 < words.count,
          words[letter + 1].count == 1
        {
          return words[letter + 1].lowercased()
        }
      }
      return String(scalar).lowercased()
    default:
      return nil
    }
  }

  /// The text as a message quotes it: control characters escaped, and cut to 60 characters so
  /// that a 10,000-character value or a mangled file still gives a one-line error.
  public var quotedInMessage: String {
    let escaped = escapingControlCharacters
    return escaped.count > 60 ? String(escaped.prefix(57)) + "..." : escaped
  }

  /// The text with control characters (C0, DEL, C1) written as visible escapes, so that data
  /// printed to a terminal cannot move the cursor, change colours or hide text.
  public var escapingControlCharacters: String {
    // Most text is printable ASCII, settled by a look at its bytes (every cell of every table
    // passes through here).
    let isPrintableASCII = utf8.withContiguousStorageIfAvailable { bytes in
      // No early exit, so that the loop is vectorised: a byte outside 0x20...0x7E wraps to
      // 0x5F or more once 0x20 is taken from it.
      var outside: UInt8 = 0
      for byte in bytes { outside |= byte &- 0x20 >= 0x5F ? 1 : 0 }
      return outside == 0
    }
    if isPrintableASCII == true { return self }
    guard unicodeScalars.contains(where: \.isControlCharacter) else { return self }
    var result = ""
    for scalar in unicodeScalars {
      switch scalar {
      case "\n": result += "\\n"
      case "\t": result += "\\t"
      case "\r": result += "\\r"
      case _ where scalar.isControlCharacter:
        result += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
      default: result.unicodeScalars.append(scalar)
      }
    }
    return result
  }
}

extension Unicode.Scalar {
  /// C0 controls, DEL, C1 controls, and the bidirectional overrides that can disguise text.
  var isControlCharacter: Bool {
    value < 0x20 || (0x7F...0x9F).contains(value) || (0x202A...0x202E).contains(value)
      || (0x2066...0x2069).contains(value)
  }
}

extension String {
  /// The parts one after another, built at once: every record's id is derived from its fields
  /// on every read, and interpolation grows the text part by part.
  init(concatenating parts: [String]) {
    var count = 0
    for part in parts { count += part.utf8.count }
    self.init(unsafeUninitializedCapacity: count) { buffer in
      var offset = 0
      for var part in parts {
        part.withUTF8 { bytes in
          guard let source = bytes.baseAddress, let target = buffer.baseAddress else { return }
          (target + offset).update(from: source, count: bytes.count)
          offset += bytes.count
        }
      }
      return offset
    }
  }

  /// Whether the text sorts strictly before another by UTF-8 bytes (the store's id order),
  /// compared with `memcmp` rather than through the generic view.
  func precedesInBytes(_ other: String) -> Bool {
    // In place (no copy of either text to make it contiguous: a native one already is); a text
    // bridged from elsewhere is compared through its view.
    let inPlace = utf8.withContiguousStorageIfAvailable { left in
      other.utf8.withContiguousStorageIfAvailable { right in
        let common = min(left.count, right.count)
        let order = common == 0 ? 0 : memcmp(left.baseAddress!, right.baseAddress!, common)
        return order < 0 || (order == 0 && left.count < right.count)
      }
    }
    return (inPlace ?? nil) ?? utf8.lexicographicallyPrecedes(other.utf8)
  }
}
