/// A strict RFC 8259 JSON parser over UTF-8 bytes that reports errors by line and column.
///
/// Foundation's `JSONDecoder` accepts trailing commas, keeps the first of duplicate keys and
/// reports syntax errors without a position; a hand-edited store file deserves better. This
/// parser rejects everything RFC 8259 does not allow, and by default also duplicate keys.
package struct JSONParser {
  /// Whether an object may repeat a key (the last one wins). The store refuses duplicates.
  public var allowsDuplicateKeys = false
  /// The deepest nesting accepted; deeper input is refused rather than overflowing the stack.
  public var maximumDepth = 512

  public init(allowsDuplicateKeys: Bool = false) {
    self.allowsDuplicateKeys = allowsDuplicateKeys
  }

  /// Parses one JSON text, optionally surrounded by white space.
  public func parse(_ bytes: [UInt8]) throws(JSONSyntaxError) -> JSONValue {
    try bytes.withUnsafeBufferPointer { (buffer) throws(JSONSyntaxError) -> JSONValue in
      var cursor = Cursor(bytes: buffer, options: self)
      cursor.skipWhitespace()
      let value = try cursor.parseValue(depth: 0)
      cursor.skipWhitespace()
      if cursor.position < buffer.count {
        throw cursor.error(Phrase(.jsonTextAfterEnd))
      }
      return value
    }
  }
}

/// A JSON syntax error with its position in the text.
package struct JSONSyntaxError: Error, Equatable, Sendable {
  /// What was wrong, in words.
  public var reason: Phrase
  /// The byte offset of the problem.
  public var offset: Int
  /// The 1-based line of the problem.
  public var line: Int
  /// The 1-based column (in characters) of the problem.
  public var column: Int
}

private struct Cursor {
  let bytes: UnsafeBufferPointer<UInt8>
  let options: JSONParser
  var position = 0

  init(bytes: UnsafeBufferPointer<UInt8>, options: JSONParser) {
    self.bytes = bytes
    self.options = options
  }

  func error(_ reason: Phrase, at offset: Int? = nil) -> JSONSyntaxError {
    let offset = min(offset ?? position, bytes.count)
    var line = 1
    var column = 1
    var index = 0
    while index < offset {
      let byte = bytes[index]
      if byte == 0x0A {
        line += 1
        column = 1
      } else if byte & 0xC0 != 0x80 {
        // Count characters, not bytes: continuation bytes do not start a new column.
        column += 1
      }
      index += 1
    }
    return JSONSyntaxError(reason: reason, offset: offset, line: line, column: column)
  }

  mutating func skipWhitespace() {
    while position < bytes.count {
      switch bytes[position] {
      case 0x20, 0x09, 0x0A, 0x0D: position += 1
      default: return
      }
    }
  }

  /// "unexpected ']', expected a value", at the current position.
  func unexpected(expecting expected: Phrase.Value) -> JSONSyntaxError {
    error(Phrase(.jsonUnexpected, ["found": describeCurrent(), "expected": expected]))
  }

  func describeCurrent() -> Phrase.Value {
    guard position < bytes.count else { return .phrase(Phrase(.jsonEndOfFile)) }
    let byte = bytes[position]
    if byte >= 0x21 && byte < 0x7F { return "'\(Character(Unicode.Scalar(byte)))'" }
    return .phrase(Phrase(.jsonByte, ["byte": .text("0x" + String(byte, radix: 16, uppercase: true))]))
  }

  mutating func parseValue(depth: Int) throws(JSONSyntaxError) -> JSONValue {
    guard position < bytes.count else { throw unexpected(expecting: .phrase(Phrase(.jsonAValue))) }
    switch bytes[position] {
    case UInt8(ascii: "{"): return try parseObject(depth: depth + 1)
    case UInt8(ascii: "["): return try parseArray(depth: depth + 1)
    case UInt8(ascii: "\""): return .string(try parseString())
    case UInt8(ascii: "t"):
      try expectLiteral("true")
      return .bool(true)
    case UInt8(ascii: "f"):
      try expectLiteral("false")
      return .bool(false)
    case UInt8(ascii: "n"):
      try expectLiteral("null")
      return .null
    case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return try parseNumber()
    default: throw unexpected(expecting: .phrase(Phrase(.jsonAValue)))
    }
  }

  mutating func expectLiteral(_ literal: String) throws(JSONSyntaxError) {
    let start = position
    for byte in literal.utf8 {
      guard position < bytes.count, bytes[position] == byte else {
        throw error(Phrase(.jsonInvalidLiteral, ["literal": "\(literal)"]), at: start)
      }
      position += 1
    }
  }

  mutating func parseObject(depth: Int) throws(JSONSyntaxError) -> JSONValue {
    if depth > options.maximumDepth { throw error(Phrase(.jsonTooDeep, ["depth": .number(options.maximumDepth)])) }
    position += 1
    var members: [String: JSONValue] = [:]
    skipWhitespace()
    if position < bytes.count, bytes[position] == UInt8(ascii: "}") {
      position += 1
      return .object(members)
    }
    while true {
      skipWhitespace()
      guard position < bytes.count, bytes[position] == UInt8(ascii: "\"") else {
        throw unexpected(expecting: .phrase(Phrase(.jsonAKey)))
      }
      let keyOffset = position
      let key = try parseString()
      skipWhitespace()
      guard position < bytes.count, bytes[position] == UInt8(ascii: ":") else {
        throw unexpected(expecting: .phrase(Phrase(.jsonAColon)))
      }
      position += 1
      skipWhitespace()
      let value = try parseValue(depth: depth)
      if members.updateValue(value, forKey: key) != nil, !options.allowsDuplicateKeys {
        throw error(Phrase(.jsonDuplicateKey, ["key": "\(key.quotedInMessage)"]), at: keyOffset)
      }
      skipWhitespace()
      guard position < bytes.count else { throw unexpected(expecting: .phrase(Phrase(.jsonCommaOr, ["close": "}"]))) }
      switch bytes[position] {
      case UInt8(ascii: ","): position += 1
      case UInt8(ascii: "}"):
        position += 1
        return .object(members)
      default: throw unexpected(expecting: .phrase(Phrase(.jsonCommaOr, ["close": "}"])))
      }
    }
  }

  mutating func parseArray(depth: Int) throws(JSONSyntaxError) -> JSONValue {
    if depth > options.maximumDepth { throw error(Phrase(.jsonTooDeep, ["depth": .number(options.maximumDepth)])) }
    position += 1
    var elements: [JSONValue] = []
    skipWhitespace()
    if position < bytes.count, bytes[position] == UInt8(ascii: "]") {
      position += 1
      return .array(elements)
    }
    while true {
      skipWhitespace()
      elements.append(try parseValue(depth: depth))
      skipWhitespace()
      guard position < bytes.count else { throw unexpected(expecting: .phrase(Phrase(.jsonCommaOr, ["close": "]"]))) }
      switch bytes[position] {
      case UInt8(ascii: ","): position += 1
      case UInt8(ascii: "]"):
        position += 1
        return .array(elements)
      default: throw unexpected(expecting: .phrase(Phrase(.jsonCommaOr, ["close": "]"])))
      }
    }
  }

  mutating func parseNumber() throws(JSONSyntaxError) -> JSONValue {
    let start = position
    func isDigit(_ index: Int) -> Bool {
      index < bytes.count && bytes[index] >= UInt8(ascii: "0") && bytes[index] <= UInt8(ascii: "9")
    }
    if bytes[position] == UInt8(ascii: "-") { position += 1 }
    guard isDigit(position) else { throw error(Phrase(.jsonNumberDigit), at: position) }
    if bytes[position] == UInt8(ascii: "0") {
      position += 1
      if isDigit(position) { throw error(Phrase(.jsonNumberLeadingZero), at: start) }
    } else {
      while isDigit(position) { position += 1 }
    }
    if position < bytes.count, bytes[position] == UInt8(ascii: ".") {
      position += 1
      guard isDigit(position) else { throw error(Phrase(.jsonNumberFraction)) }
      while isDigit(position) { position += 1 }
    }
    if position < bytes.count, bytes[position] == UInt8(ascii: "e") || bytes[position] == UInt8(ascii: "E") {
      position += 1
      if position < bytes.count, bytes[position] == UInt8(ascii: "+") || bytes[position] == UInt8(ascii: "-") {
        position += 1
      }
      guard isDigit(position) else { throw error(Phrase(.jsonNumberExponent)) }
      while isDigit(position) { position += 1 }
    }
    let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<position]), as: UTF8.self)
    guard let number = Double(text) else { throw error(Phrase(.jsonNumberInvalid, ["number": "\(text)"]), at: start) }
    return .number(number)
  }

  mutating func parseString() throws(JSONSyntaxError) -> String {
    let start = position
    position += 1
    // Fast path: a run without escapes is validated as UTF-8 and copied in one go.
    var result = ""
    var runStart = position
    while true {
      guard position < bytes.count else { throw error(Phrase(.jsonUnterminatedString), at: start) }
      let byte = bytes[position]
      if byte == UInt8(ascii: "\"") {
        // Most strings have no escapes: make the string straight from the run.
        if result.isEmpty {
          result = try run(from: runStart, to: position)
        } else {
          try appendRun(from: runStart, to: position, into: &result)
        }
        position += 1
        return result
      }
      if byte < 0x20 {
        throw error(Phrase(.jsonControlCharacter))
      }
      if byte == UInt8(ascii: "\\") {
        try appendRun(from: runStart, to: position, into: &result)
        try parseEscape(into: &result)
        runStart = position
        continue
      }
      position += 1
    }
  }

  func appendRun(from start: Int, to end: Int, into result: inout String) throws(JSONSyntaxError) {
    guard start < end else { return }
    result += try run(from: start, to: end)
  }

  /// The bytes of a run as a string, refusing invalid UTF-8. Validated by hand and then
  /// decoded: `String(validating:)` is not specialised and costs several times more.
  func run(from start: Int, to end: Int) throws(JSONSyntaxError) -> String {
    guard start < end else { return "" }
    let slice = UnsafeBufferPointer(rebasing: bytes[start..<end])
    if let offset = UTF8Validation.firstInvalidOffset(in: slice) {
      throw error(Phrase(.jsonInvalidUTF8), at: start + offset)
    }
    return String(decoding: slice, as: UTF8.self)
  }

  func invalidUTF8Offset(from start: Int, to end: Int) -> Int {
    UTF8Validation.firstInvalidOffset(in: UnsafeBufferPointer(rebasing: bytes[start..<end])).map {
      start + $0
    } ?? start
  }

  mutating func parseEscape(into result: inout String) throws(JSONSyntaxError) {
    let escapeStart = position
    position += 1
    guard position < bytes.count else { throw error(Phrase(.jsonUnterminatedEscape), at: escapeStart) }
    let byte = bytes[position]
    position += 1
    switch byte {
    case UInt8(ascii: "\""): result.append("\"")
    case UInt8(ascii: "\\"): result.append("\\")
    case UInt8(ascii: "/"): result.append("/")
    case UInt8(ascii: "b"): result.append("\u{08}")
    case UInt8(ascii: "f"): result.append("\u{0C}")
    case UInt8(ascii: "n"): result.append("\n")
    case UInt8(ascii: "r"): result.append("\r")
    case UInt8(ascii: "t"): result.append("\t")
    case UInt8(ascii: "u"):
      let first = try parseHex4()
      if (0xD800...0xDBFF).contains(first) {
        guard position + 1 < bytes.count, bytes[position] == UInt8(ascii: "\\"),
          bytes[position + 1] == UInt8(ascii: "u")
        else { throw error(Phrase(.jsonLoneSurrogate, ["escape": "\\u\(hex(first))"]), at: escapeStart) }
        position += 2
        let second = try parseHex4()
        guard (0xDC00...0xDFFF).contains(second) else {
          throw error(Phrase(.jsonInvalidSurrogatePair, ["escape": "\\u\(hex(first))\\u\(hex(second))"]), at: escapeStart)
        }
        let scalar = 0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00)
        result.unicodeScalars.append(Unicode.Scalar(scalar)!)
      } else if (0xDC00...0xDFFF).contains(first) {
        throw error(Phrase(.jsonLoneSurrogate, ["escape": "\\u\(hex(first))"]), at: escapeStart)
      } else {
        // Every value outside the surrogate range is a valid scalar.
        result.unicodeScalars.append(Unicode.Scalar(first)!)
      }
    default:
      position -= 1
      throw error(Phrase(.jsonInvalidEscape, ["found": describeCurrent()]), at: escapeStart)
    }
  }

  func hex(_ value: UInt32) -> String {
    let digits = String(value, radix: 16, uppercase: true)
    return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
  }

  mutating func parseHex4() throws(JSONSyntaxError) -> UInt32 {
    var value: UInt32 = 0
    for _ in 0..<4 {
      guard position < bytes.count else { throw error(Phrase(.jsonUnterminatedUnicodeEscape)) }
      let byte = bytes[position]
      let digit: UInt32
      switch byte {
      case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt32(byte - UInt8(ascii: "0"))
      case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = UInt32(byte - UInt8(ascii: "a") + 10)
      case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = UInt32(byte - UInt8(ascii: "A") + 10)
      default: throw error(Phrase(.jsonInvalidHexDigit))
      }
      value = value << 4 | digit
      position += 1
    }
    return value
  }
}

// MARK: - Messages

extension Message {
  public static let jsonTextAfterEnd = Message(
    english: "unexpected text after the end of the JSON value",
    indonesian: "ada teks setelah akhir nilai JSON")
  public static let jsonEndOfFile = Message(
    english: "end of file",
    indonesian: "akhir berkas")
  public static let jsonByte = Message(
    english: "byte {byte}",
    indonesian: "bita {byte}")
  public static let jsonUnexpected = Message(
    english: "unexpected {found}, expected {expected}",
    indonesian: "tidak terduga: {found}, seharusnya {expected}")
  public static let jsonAValue = Message(
    english: "a value",
    indonesian: "sebuah nilai")
  public static let jsonAKey = Message(
    english: "a key in double quotes",
    indonesian: "kunci dalam tanda petik ganda")
  public static let jsonAColon = Message(
    english: "':' after the key",
    indonesian: "':' setelah kunci")
  public static let jsonCommaOr = Message(
    english: "',' or '{close}'",
    indonesian: "',' atau '{close}'")
  public static let jsonInvalidLiteral = Message(
    english: "invalid literal, expected '{literal}'",
    indonesian: "literal tidak sah, seharusnya '{literal}'")
  public static let jsonTooDeep = Message(
    english: "nesting deeper than {depth} {depth|level|levels}",
    indonesian: "bersarang lebih dalam dari {depth} tingkat")
  public static let jsonDuplicateKey = Message(
    english: "duplicate key '{key}'",
    indonesian: "kunci '{key}' muncul dua kali")
  public static let jsonNumberDigit = Message(
    english: "invalid number: expected a digit",
    indonesian: "angka tidak sah: seharusnya ada digit")
  public static let jsonNumberLeadingZero = Message(
    english: "invalid number: leading zero",
    indonesian: "angka tidak sah: diawali nol")
  public static let jsonNumberFraction = Message(
    english: "invalid number: expected a digit after '.'",
    indonesian: "angka tidak sah: seharusnya ada digit setelah '.'")
  public static let jsonNumberExponent = Message(
    english: "invalid number: expected a digit in the exponent",
    indonesian: "angka tidak sah: seharusnya ada digit pada eksponen")
  public static let jsonNumberInvalid = Message(
    english: "invalid number '{number}'",
    indonesian: "angka tidak sah '{number}'")
  public static let jsonUnterminatedString = Message(
    english: "unterminated string",
    indonesian: "string tidak ditutup")
  public static let jsonControlCharacter = Message(
    english: "control character in a string (write it as an escape such as \\n)",
    indonesian: "karakter kontrol di dalam string (tulis sebagai escape seperti \\n)")
  public static let jsonInvalidUTF8 = Message(
    english: "invalid UTF-8 in a string",
    indonesian: "UTF-8 tidak sah di dalam string")
  public static let jsonUnterminatedEscape = Message(
    english: "unterminated escape in a string",
    indonesian: "escape tidak selesai di dalam string")
  public static let jsonLoneSurrogate = Message(
    english: "lone surrogate {escape} in a string",
    indonesian: "surrogate tunggal {escape} di dalam string")
  public static let jsonInvalidSurrogatePair = Message(
    english: "invalid surrogate pair {escape}",
    indonesian: "pasangan surrogate tidak sah {escape}")
  public static let jsonInvalidEscape = Message(
    english: "invalid escape: \\ followed by {found} in a string",
    indonesian: "escape tidak sah: \\ diikuti {found} di dalam string")
  public static let jsonUnterminatedUnicodeEscape = Message(
    english: "unterminated \\u escape",
    indonesian: "escape \\u tidak selesai")
  public static let jsonInvalidHexDigit = Message(
    english: "invalid hex digit in a \\u escape",
    indonesian: "digit heksadesimal tidak sah dalam escape \\u")
}
