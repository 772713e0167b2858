/// Decodes `mous.json` straight from its bytes into `MoU` values, without building a JSON tree:
/// the fast path for the one collection that grows large.
///
/// It accepts exactly what the reference path (`JSONParser` and `RecordReader`) accepts, and
/// gives up (`nil`) on anything else, whereupon the store runs the reference path, which words
/// the error. A differential test holds the two to the same results on shipped, generated and
/// fuzzed files.
struct MoUStreamDecoder {
  let bytes: UnsafeBufferPointer<UInt8>
  var position = 0

  /// The MoUs of a `mous.json` file, or `nil` if anything is not as the store writes it.
  static func decode(_ input: [UInt8]) -> [MoU]? {
    input.withUnsafeBufferPointer { buffer in
      var decoder = MoUStreamDecoder(bytes: buffer)
      return decoder.decodeFile()
    }
  }

  private init(bytes: UnsafeBufferPointer<UInt8>) {
    self.bytes = bytes
  }

  mutating func decodeFile() -> [MoU]? {
    skipWhitespace()
    guard consume(UInt8(ascii: "[")) else { return nil }
    var mous: [MoU] = []
    mous.reserveCapacity(bytes.count / 600)
    skipWhitespace()
    if !consume(UInt8(ascii: "]")) {
      repeat {
        skipWhitespace()
        guard let mou = decodeMoU() else { return nil }
        mous.append(mou)
        skipWhitespace()
      } while consume(UInt8(ascii: ","))
      guard consume(UInt8(ascii: "]")) else { return nil }
    }
    skipWhitespace()
    return position == bytes.count ? mous : nil
  }

  // MARK: Records

  /// Field names as bytes, matched without making strings; a key's index is its position.
  struct KeyTable {
    let names: [String]
    let bytes: [[UInt8]]

    init(_ names: [String]) {
      self.names = names
      bytes = names.map { Array($0.utf8) }
    }

    func index(of key: UnsafeBufferPointer<UInt8>) -> Int? {
      for (index, candidate) in bytes.enumerated() where candidate.count == key.count {
        if candidate.withUnsafeBufferPointer({ $0.elementsEqual(key) }) { return index }
      }
      return nil
    }
  }

  static let mouKeys = KeyTable([
    "id", "regency", "cohort", "signedOn", "ceremony", "venue", "mode", "regionalSignatory", "ministrySignatory",
    "presidedBy", "accompaniedBy", "scope", "letter", "area", "sources", "note",
  ])
  static let signatoryKeys = KeyTable(["name", "office", "onBehalfOf"])
  static let sourceKeys = KeyTable(["date", "note", "publisher", "title", "url"])

  mutating func decodeMoU() -> MoU? {
    var id: String?, regency: String?, cohort: String?, ceremony: String?, signedOn: CalendarDate?
    var venue: String?, mode: SigningMode?, regional: Signatory?, ministry: Signatory?, presidedBy: String?
    var accompaniedBy: [Signatory] = [], scope: [ScopePoint] = [], letter: String?, area: String?
    var sources: [Source] = [], note: String?
    let complete = members(Self.mouKeys) { field, decoder -> Bool in
      // As in RecordReader, null stands for an absent field, which only the first four
      // (id, regency, cohort, signedOn) may not be.
      if decoder.consumeNull() { return field >= 4 }
      switch field {
      case 0: id = decoder.text(); return id != nil
      case 1: regency = decoder.text(); return regency != nil
      case 2: cohort = decoder.text(); return cohort != nil
      case 3: signedOn = decoder.date(); return signedOn != nil
      case 4: ceremony = decoder.text(); return ceremony != nil
      case 5: venue = decoder.text(); return venue != nil
      case 6: mode = decoder.text().flatMap(SigningMode.init(rawValue:)); return mode != nil
      case 7: regional = decoder.signatory(); return regional != nil
      case 8: ministry = decoder.signatory(); return ministry != nil
      case 9: presidedBy = decoder.text(); return presidedBy != nil
      case 10:
        return decoder.elements { decoder in
          guard let person = decoder.signatory() else { return false }
          accompaniedBy.append(person)
          return true
        }
      case 11:
        return decoder.elements { decoder in
          guard let point = decoder.text().flatMap(ScopePoint.init(rawValue:)) else { return false }
          scope.append(point)
          return true
        }
      case 12: letter = decoder.text(); return letter != nil
      case 13: area = decoder.text(); return area != nil
      case 14:
        return decoder.elements { decoder in
          guard let source = decoder.source() else { return false }
          sources.append(source)
          return true
        }
      default: note = decoder.text(); return note != nil
      }
    }
    guard complete, let id, let regency, let cohort, let signedOn else { return nil }
    let mou = MoU(
      regency: regency, cohort: cohort, ceremony: ceremony, signedOn: signedOn, venue: venue, mode: mode,
      regionalSignatory: regional, ministrySignatory: ministry, presidedBy: presidedBy, accompaniedBy: accompaniedBy,
      scope: scope, letter: letter, area: area, sources: sources, note: note)
    return mou.id == id ? mou : nil
  }

  mutating func signatory() -> Signatory? {
    var values: [String?] = [nil, nil, nil]
    let complete = members(Self.signatoryKeys) { field, decoder -> Bool in
      if decoder.consumeNull() { return true }
      values[field] = decoder.text()
      return values[field] != nil
    }
    return complete ? Signatory(name: values[0], office: values[1], onBehalfOf: values[2]) : nil
  }

  mutating func source() -> Source? {
    var date: CalendarDate?
    var values: [String?] = [nil, nil, nil, nil, nil]
    let complete = members(Self.sourceKeys) { field, decoder -> Bool in
      if decoder.consumeNull() { return true }
      if field == 0 {
        date = decoder.date()
        return date != nil
      }
      values[field] = decoder.text()
      return values[field] != nil
    }
    guard complete, values[2] != nil || values[3] != nil || values[4] != nil else { return nil }
    return Source(title: values[3], publisher: values[2], date: date, url: values[4], note: values[1])
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
    repeat {
      skipWhitespace()
      guard let field = key(in: table), seen & (1 << UInt32(field)) == 0 else { return false }
      seen |= 1 << UInt32(field)
      skipWhitespace()
      guard consume(UInt8(ascii: ":")) else { return false }
      skipWhitespace()
      guard member(field, &self) else { return false }
      skipWhitespace()
    } while consume(UInt8(ascii: ","))
    return consume(UInt8(ascii: "}"))
  }

  /// A key without escapes, as an index into the table.
  mutating func key(in table: KeyTable) -> Int? {
    guard consume(UInt8(ascii: "\"")) else { return nil }
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

  /// A string that is not blank, as the store requires of every text field.
  mutating func text() -> String? {
    guard let value = string(), value.utf8.contains(where: { $0 > 0x20 }) else { return nil }
    return value
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

  mutating func string() -> String? {
    guard consume(UInt8(ascii: "\"")) else { return nil }
    let start = position
    var ascii = true
    while position < bytes.count {
      let byte = bytes[position]
      if byte == UInt8(ascii: "\"") {
        let slice = UnsafeBufferPointer(rebasing: bytes[start..<position])
        // Validate by hand: String(validating:) is not specialised and dominates the profile.
        guard ascii || UTF8Validation.firstInvalidOffset(in: slice) == nil else { return nil }
        position += 1
        return String(decoding: slice, as: UTF8.self)
      }
      if byte >= 0x80 { ascii = false }
      // Escapes are rare in the store: leave them, and control characters, to the reference path.
      if byte == UInt8(ascii: "\\") || byte < 0x20 { return nil }
      position += 1
    }
    return nil
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
      case 0x20, 0x0A, 0x0D, 0x09: position += 1
      default: return
      }
    }
  }
}
