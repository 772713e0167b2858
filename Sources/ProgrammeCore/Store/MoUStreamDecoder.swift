import Dispatch

/// Decodes `mous.json` straight from its bytes into `MoU` values, without building a JSON tree:
/// the fast path for the one collection that grows large.
///
/// It accepts exactly what the reference path (`JSONParser` and `RecordReader`) accepts, and
/// gives up (`nil`) on anything else, whereupon the store runs the reference path, which words
/// the error. A differential test holds the two to the same results on shipped, generated and
/// fuzzed files.
struct MoUStreamDecoder {
  /// What to do with a decoded MoU: keep it, drop it (it was checked), or give up because
  /// something is wrong with it (the reference path will say what).
  enum Verdict {
    case keep
    case drop
    case invalid
  }

  let bytes: UnsafeBufferPointer<UInt8>
  /// Judges every decoded MoU; must be safe to call from two threads at once.
  let judge: @Sendable (MoU) -> Verdict
  /// Whether to keep the details no listing or report shows (venue, signatories, presiding
  /// official, area, note); they are checked either way.
  let keepsDetails: Bool
  var position = 0
  /// The sources read lately, reused when their bytes recur (a declared recurring structure).
  var recentSources = RecentValues<Source>()

  /// The MoUs of a `mous.json` file, or `nil` if anything is not as the store writes it.
  ///
  /// A large file in the store's own layout is decoded in two halves at once, split where one
  /// record ends and the next begins (`\n  },\n  {`: raw newlines cannot occur inside JSON
  /// strings, so this is structure). A split in the wrong place cannot decode into other
  /// records, only fail, and then the whole file is decoded in one go.
  static func decode(
    _ input: [UInt8], detail: MoUDetail = .full, judge: @escaping @Sendable (MoU) -> Verdict = { _ in .keep }
  ) -> [MoU]? {
    input.withUnsafeBufferPointer { decode($0, detail: detail, judge: judge) }
  }

  /// Decodes and judges every MoU; `nil` if one is invalid, or their ids are not in strictly
  /// increasing order (as the tool writes them: a duplicate would sit next to its twin).
  static func decode(
    _ buffer: UnsafeBufferPointer<UInt8>, detail: MoUDetail, judge: @escaping @Sendable (MoU) -> Verdict
  ) -> [MoU]? {
    let keepsDetails = detail == .full
    if buffer.count >= 1 << 20, let split = recordBoundary(near: buffer.count / 2, in: buffer) {
      // Each half writes only its own slot.
      let halves = UnsafeMutableBufferPointer<Run?>.allocate(capacity: 2)
      halves.initialize(repeating: nil)
      defer {
        halves.deinitialize()
        halves.deallocate()
      }
      nonisolated(unsafe) let slots = halves
      nonisolated(unsafe) let shared = buffer
      DispatchQueue.concurrentPerform(iterations: 2) { half in
        var decoder = MoUStreamDecoder(bytes: shared, keepsDetails: keepsDetails, judge: judge)
        slots[half] = half == 0 ? decoder.decodeRecords(from: nil, to: split) : decoder.decodeRecords(from: split, to: nil)
      }
      if let first = halves[0], let second = halves[1] {
        // The ids must also increase across the split.
        guard let last = first.lastID, let next = second.firstID, last.precedesInBytes(next) else { return nil }
        // The first half reserved room for both (see decodeRecords): only the second is copied.
        var kept = first.kept
        halves[0] = nil
        kept.append(contentsOf: second.kept)
        return kept
      }
    }
    var decoder = MoUStreamDecoder(bytes: buffer, keepsDetails: keepsDetails, judge: judge)
    return decoder.decodeRecords(from: nil, to: nil)?.kept
  }

  /// A run of decoded records: the ones kept, and the first and last ids seen (to check the
  /// order across the two halves).
  struct Run {
    var kept: [MoU] = []
    var firstID: String?
    var lastID: String?
  }

  /// The offset of the `{` of a record that starts after `offset`, in the store's layout.
  static func recordBoundary(near offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
    let marker = Array("\n  },\n  {".utf8)
    var index = offset
    while index + marker.count <= bytes.count {
      if bytes[index] == 0x0A, marker.indices.allSatisfy({ bytes[index + $0] == marker[$0] }) {
        return index + marker.count - 1
      }
      index += 1
    }
    return nil
  }

  /// The first half: the array's opening, records up to `end`. The second: records from
  /// `start` to the closing of the array and the end of the file. Without either, the file.
  mutating func decodeRecords(from start: Int?, to end: Int?) -> Run? {
    var run = Run()
    // The first half (or the whole file) reserves room for every record kept (at least one
    // per 300 bytes in the store's layout); pages it does not use are never touched.
    run.kept.reserveCapacity(start == nil ? bytes.count / 300 : bytes.count / 600)
    if let start {
      position = start
    } else {
      skipWhitespace()
      guard consume(UInt8(ascii: "[")) else { return nil }
      skipWhitespace()
      if consume(UInt8(ascii: "]")) {
        skipWhitespace()
        return end == nil && position == bytes.count ? run : nil
      }
    }
    while true {
      skipWhitespace()
      guard let mou = decodeMoU() else { return nil }
      if let last = run.lastID, !last.precedesInBytes(mou.id) { return nil }
      if run.firstID == nil { run.firstID = mou.id }
      run.lastID = mou.id
      switch judge(mou) {
      case .keep: run.kept.append(mou)
      case .drop: break
      case .invalid: return nil
      }
      skipWhitespace()
      guard consume(UInt8(ascii: ",")) else { break }
      if let end {
        skipWhitespace()
        if position == end { return run }
        if position > end { return nil }
      }
    }
    guard end == nil, consume(UInt8(ascii: "]")) else { return nil }
    skipWhitespace()
    return position == bytes.count ? run : nil
  }

  init(bytes: UnsafeBufferPointer<UInt8>, keepsDetails: Bool, judge: @escaping @Sendable (MoU) -> Verdict) {
    self.bytes = bytes
    self.keepsDetails = keepsDetails
    self.judge = judge
  }

  // MARK: Records

  // The key tables and the decoder of each record and nested structure are generated from
  // Sources/RecordDeclarations (Generated/FastPath+Generated.swift).

  /// Field names as bytes, matched without making strings; a key's index is its position.
  struct KeyTable {
    let names: [String]
    /// Every name's bytes followed by a closing quote, one after another: a name is matched
    /// where it lies in the input, quote included, with no scan for the key's end first.
    private let quoted: [UInt8]
    /// Where each name starts in `quoted`, and where the last ends.
    private let starts: [Int]
    /// The name the store writes after each (its writer sorts keys by their bytes); the first
    /// at `names.count`, and `-1` after the last.
    private let successors: [Int]

    init(_ names: [String]) {
      self.names = names
      var quoted: [UInt8] = []
      var starts: [Int] = []
      for name in names {
        starts.append(quoted.count)
        quoted += name.utf8
        quoted.append(UInt8(ascii: "\""))
      }
      starts.append(quoted.count)
      self.quoted = quoted
      self.starts = starts
      let order = names.indices.sorted { names[$0].utf8.lexicographicallyPrecedes(names[$1].utf8) }
      var successors = [Int](repeating: -1, count: names.count + 1)
      var previous = names.count
      for index in order {
        successors[previous] = index
        previous = index
      }
      self.successors = successors
    }

    /// The name that usually follows the name at `previous` (`-1`: the first name).
    func likelySuccessor(of previous: Int) -> Int {
      successors[previous < 0 ? names.count : previous]
    }

    /// Whether the name at `index` and its closing quote start the input at `position`.
    func matches(_ index: Int, in input: UnsafeBufferPointer<UInt8>, at position: Int) -> Bool {
      let start = starts[index]
      let length = starts[index + 1] - start
      guard position + length <= input.count, let base = input.baseAddress else { return false }
      return quoted.withUnsafeBufferPointer { quoted in
        // Eight bytes at a time: names are short, and this runs for every key of the store.
        let name = UnsafeRawPointer(quoted.baseAddress! + start)
        let here = UnsafeRawPointer(base + position)
        var offset = 0
        while offset + 8 <= length {
          guard
            name.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
              == here.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
          else { return false }
          offset += 8
        }
        while offset < length {
          guard name.load(fromByteOffset: offset, as: UInt8.self) == here.load(fromByteOffset: offset, as: UInt8.self)
          else { return false }
          offset += 1
        }
        return true
      }
    }

    /// The length of the name at `index`, without its quote.
    func length(of index: Int) -> Int { starts[index + 1] - starts[index] - 1 }

    func index(of key: UnsafeBufferPointer<UInt8>) -> Int? {
      quoted.withUnsafeBufferPointer { quoted in
        candidates: for index in names.indices where starts[index + 1] - starts[index] - 1 == key.count {
          for offset in 0..<key.count where quoted[starts[index] + offset] != key[offset] { continue candidates }
          return index
        }
        return nil
      }
    }
  }

  /// A text the summary does not keep: checked, and stored only when details are kept.
  mutating func detail(_ value: inout String?) -> Bool {
    if keepsDetails {
      value = text()
      return value != nil
    }
    let start = position
    if scanString(requiringText: true) != nil { return true }
    position = start
    return escapedString(requiringText: true) != nil
  }

  // MARK: JSON

  /// Reads an object whose keys must all be in `table`, each at most once (the reference parser
  /// refuses duplicate keys), handing each key's index to `member`, which reads the value.
  mutating func members(_ table: KeyTable, _ member: (Int, inout MoUStreamDecoder) -> Bool) -> Bool {
    skipWhitespace()
    guard consume(UInt8(ascii: "{")) else { return false }
    skipWhitespace()
    if consume(UInt8(ascii: "}")) { return true }
    var seen: UInt32 = 0
    var field = -1
    repeat {
      skipWhitespace()
      guard let next = key(in: table, after: field), seen & (1 << UInt32(next)) == 0 else { return false }
      field = next
      seen |= 1 << UInt32(field)
      skipWhitespace()
      guard consume(UInt8(ascii: ":")) else { return false }
      skipWhitespace()
      guard member(field, &self) else { return false }
      skipWhitespace()
    } while consume(UInt8(ascii: ","))
    return consume(UInt8(ascii: "}"))
  }

  /// A key without escapes, as an index into the table; the key the store writes after the one
  /// at `previous` is tried first, where it lies.
  mutating func key(in table: KeyTable, after previous: Int = -1) -> Int? {
    guard consume(UInt8(ascii: "\"")) else { return nil }
    // Absent fields are not written, so the key may be a few names further on.
    var likely = table.likelySuccessor(of: previous)
    for _ in 0..<4 where likely >= 0 {
      if table.matches(likely, in: bytes, at: position) {
        position += table.length(of: likely) + 1
        return likely
      }
      likely = table.likelySuccessor(of: likely)
    }
    let start = position
    while position < bytes.count, bytes[position] != UInt8(ascii: "\""), bytes[position] != UInt8(ascii: "\\") {
      position += 1
    }
    guard position < bytes.count, bytes[position] == UInt8(ascii: "\"") else { return nil }
    let index = table.index(of: UnsafeBufferPointer(rebasing: bytes[start..<position]))
    position += 1
    return index
  }

  /// Reads an array, handing each element to `element`; `false` stops.
  mutating func elements(_ element: (inout MoUStreamDecoder) -> Bool) -> Bool {
    guard consume(UInt8(ascii: "[")) else { return false }
    skipWhitespace()
    if consume(UInt8(ascii: "]")) { return true }
    repeat {
      skipWhitespace()
      guard element(&self) else { return false }
      skipWhitespace()
    } while consume(UInt8(ascii: ","))
    return consume(UInt8(ascii: "]"))
  }

  /// A whole number written as the store writes one (`-?[0-9]+`, no leading zero, at most 15
  /// digits); a fraction, an exponent or anything else is left to the reference reader.
  mutating func integer() -> Int? {
    var index = position
    let negative = index < bytes.count && bytes[index] == UInt8(ascii: "-")
    if negative { index += 1 }
    let first = index
    var value = 0
    while index < bytes.count, bytes[index] >= 0x30, bytes[index] <= 0x39 {
      // Past 15 digits the reference reader decides (and the value could overflow).
      guard index - first < 15 else { return nil }
      value = value * 10 + Int(bytes[index] - 0x30)
      index += 1
    }
    let digits = index - first
    guard digits >= 1, digits <= 15, digits == 1 || bytes[first] != UInt8(ascii: "0") else { return nil }
    if index < bytes.count {
      switch bytes[index] {
      case UInt8(ascii: "."), UInt8(ascii: "e"), UInt8(ascii: "E"): return nil
      default: break
      }
    }
    position = index
    return negative ? -value : value
  }

  /// The values of a `String`-backed enumeration as bytes, matched without making strings.
  struct ChoiceTable<Choice: RawRepresentable & CaseIterable & Sendable>: Sendable where Choice.RawValue == String {
    let keys: KeyTable
    let cases: [Choice]

    init(_ type: Choice.Type) {
      cases = Array(Choice.allCases)
      keys = KeyTable(cases.map(\.rawValue))
    }
  }

  /// One of a table's values, written as the store writes it (a string without escapes);
  /// anything else is left to the reference reader.
  mutating func choice<Choice>(in table: ChoiceTable<Choice>) -> Choice? {
    key(in: table.keys).map { table.cases[$0] }
  }

  /// A string that is not blank, as the store requires of every text field.
  mutating func text() -> String? {
    string(requiringText: true)
  }

  /// A `"YYYY-MM-DD"` date, read from the bytes without making a string.
  mutating func date() -> CalendarDate? {
    guard position + 12 <= bytes.count, bytes[position] == UInt8(ascii: "\""),
      bytes[position + 11] == UInt8(ascii: "\"")
    else { return nil }
    let start = position + 1
    func digits(_ from: Int, _ count: Int) -> Int? {
      var value = 0
      for index in from..<(from + count) {
        let byte = bytes[index]
        guard byte >= 0x30 && byte <= 0x39 else { return nil }
        value = value * 10 + Int(byte - 0x30)
      }
      return value
    }
    guard bytes[start + 4] == UInt8(ascii: "-"), bytes[start + 7] == UInt8(ascii: "-"),
      let year = digits(start, 4), let month = digits(start + 5, 2), let day = digits(start + 8, 2),
      let date = CalendarDate(year: year, month: month, day: day)
    else { return nil }
    position += 12
    return date
  }

  /// A `"YYYY-MM-DD"`, `"YYYY-MM"` or `"YYYY"` date (as precise as its source), read from the
  /// bytes; anything else is left to the reference reader to explain.
  mutating func reportedDate() -> ReportedDate? {
    if let day = date() { return ReportedDate(day) }
    guard position < bytes.count, bytes[position] == UInt8(ascii: "\"") else { return nil }
    var end = position + 1
    while end < bytes.count, end - position <= 8, bytes[end] != UInt8(ascii: "\"") { end += 1 }
    guard end < bytes.count, bytes[end] == UInt8(ascii: "\""),
      let date = ReportedDate(iso: String(decoding: bytes[(position + 1)..<end], as: UTF8.self))
    else { return nil }
    position = end + 1
    return date
  }

  mutating func string(requiringText: Bool = false) -> String? {
    let start = position
    if let slice = scanString(requiringText: requiringText) { return String(decoding: slice, as: UTF8.self) }
    position = start
    return escapedString(requiringText: requiringText)
  }

  /// A string with the escapes text needs (`\"`, `\\`, `\/`), which notes quoting a source
  /// have. Any other escape stands for a control character or needs the reference path's care
  /// (`\u`): `nil`, and the reference path reads the file.
  mutating func escapedString(requiringText: Bool) -> String? {
    guard consume(UInt8(ascii: "\"")) else { return nil }
    var result: [UInt8] = []
    while position < bytes.count {
      let byte = bytes[position]
      position += 1
      switch byte {
      case UInt8(ascii: "\""):
        guard result.withUnsafeBufferPointer({ UTF8Validation.firstInvalidOffset(in: $0) }) == nil,
          !requiringText || result.contains(where: { $0 > 0x20 }),
          !result.contains(0x7F), !zip(result, result.dropFirst()).contains(where: { $0 == 0xC2 && (0x80...0x9F).contains($1) })
        else { return nil }
        return String(decoding: result, as: UTF8.self)
      case UInt8(ascii: "\\"):
        guard position < bytes.count else { return nil }
        let escaped = bytes[position]
        position += 1
        guard escaped == UInt8(ascii: "\"") || escaped == UInt8(ascii: "\\") || escaped == UInt8(ascii: "/") else { return nil }
        result.append(escaped)
      case 0..<0x20:
        return nil
      default:
        result.append(byte)
      }
    }
    return nil
  }

  /// The bytes of a string without escapes, checked as UTF-8 (and, if asked, as not blank).
  mutating func scanString(requiringText: Bool) -> UnsafeBufferPointer<UInt8>? {
    guard consume(UInt8(ascii: "\"")) else { return nil }
    let start = position
    var ascii = true
    let raw = UnsafeRawPointer(bytes.baseAddress)
    while position < bytes.count {
      // Eight bytes at a time while they are plain ASCII text, as most of the store's are.
      if let raw {
        while position + 8 <= bytes.count {
          let word = raw.loadUnaligned(fromByteOffset: position, as: UInt64.self)
          guard Self.isPlainText(word) else { break }
          position += 8
        }
        guard position < bytes.count else { break }
      }
      let byte = bytes[position]
      if byte == UInt8(ascii: "\"") {
        let slice = UnsafeBufferPointer(rebasing: bytes[start..<position])
        // Validate by hand: String(validating:) is not specialised and dominates the profile.
        guard ascii || UTF8Validation.firstInvalidOffset(in: slice) == nil else { return nil }
        // Blank is spaces alone (every byte below a space was refused on the way): looked at
        // once the end is found, where a text's first byte nearly always settles it.
        guard !requiringText || slice.contains(where: { $0 != 0x20 }) else { return nil }
        position += 1
        return slice
      }
      if byte >= 0x80 { ascii = false }
      // Escapes are rare in the store: leave them, and control characters (C0, DEL, and C1,
      // which UTF-8 writes as C2 80 to C2 9F), to the reference path.
      if byte == UInt8(ascii: "\\") || byte < 0x20 || byte == 0x7F { return nil }
      if byte == 0xC2, position + 1 < bytes.count, (0x80...0x9F).contains(bytes[position + 1]) { return nil }
      position += 1
    }
    return nil
  }

  /// Whether none of eight bytes ends a string or needs a closer look: all ASCII, no quote,
  /// backslash, control character or DEL (the word tests of "Bit Twiddling Hacks", exact for
  /// whether such a byte exists).
  static func isPlainText(_ word: UInt64) -> Bool {
    let ones: UInt64 = 0x0101_0101_0101_0101
    let highs: UInt64 = 0x8080_8080_8080_8080
    func hasZeroByte(_ value: UInt64) -> Bool { (value &- ones) & ~value & highs != 0 }
    guard word & highs == 0 else { return false }
    // With every byte below 0x80, subtracting 0x20 from each borrows into a high bit exactly
    // when some byte is below 0x20.
    guard (word &- 0x20 &* ones) & ~word & highs == 0 else { return false }
    return !hasZeroByte(word ^ (0x22 &* ones)) && !hasZeroByte(word ^ (0x5C &* ones))
      && !hasZeroByte(word ^ (0x7F &* ones))
  }

  mutating func consumeNull() -> Bool {
    guard position + 4 <= bytes.count, bytes[position] == UInt8(ascii: "n"), bytes[position + 1] == UInt8(ascii: "u"),
      bytes[position + 2] == UInt8(ascii: "l"), bytes[position + 3] == UInt8(ascii: "l")
    else { return false }
    position += 4
    return true
  }

  mutating func consume(_ byte: UInt8) -> Bool {
    guard position < bytes.count, bytes[position] == byte else { return false }
    position += 1
    return true
  }

  mutating func skipWhitespace() {
    while position < bytes.count {
      switch bytes[position] {
      case 0x0A:
        position += 1
        // The store is indented: a line's leading spaces eight at a time.
        if let raw = UnsafeRawPointer(bytes.baseAddress) {
          while position + 8 <= bytes.count,
            raw.loadUnaligned(fromByteOffset: position, as: UInt64.self) == 0x2020_2020_2020_2020
          {
            position += 8
          }
        }
      case 0x20, 0x0D, 0x09: position += 1
      default: return
      }
    }
  }
}
