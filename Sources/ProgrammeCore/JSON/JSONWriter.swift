/// Writes JSON the way the store keeps it: keys sorted, two-space indentation, one member per
/// line, `/` left unescaped and non-ASCII text as UTF-8, so that files diff well in git.
public struct JSONWriter {
  /// Whether to indent (the store's files) or to write everything on one line (NDJSON, tests).
  public var pretty: Bool

  public init(pretty: Bool = true) {
    self.pretty = pretty
  }

  /// The UTF-8 bytes of a value, ending with a newline when pretty-printing.
  public func bytes(for value: JSONValue) -> [UInt8] {
    document { write(value, indent: 0, into: &$0) }
  }

  /// A table as `bytes(for: table.jsonValue)` writes it, without building a JSON object for
  /// each row: the keys are put in order once for the table, not for each of a listing's rows.
  public func bytes(for table: DataTable) -> [UInt8] {
    document { write(table, indent: 0, into: &$0) }
  }

  /// An object whose members are values and tables, as `bytes(for:)` writes it with each table
  /// as its `jsonValue`.
  public func bytes(forObject values: [String: JSONValue], tables: [String: DataTable]) -> [UInt8] {
    let keys = Self.sorted(Array(Set(values.keys).union(tables.keys)))
    return document { output in
      writeObject(keys: keys, indent: 0, into: &output) { index, output in
        // A value given under a table's key too wins over the table.
        if let value = values[keys[index]] {
          write(value, indent: 1, into: &output)
        } else if let table = tables[keys[index]] {
          write(table, indent: 1, into: &output)
        }
      }
    }
  }

  /// A whole text: what `write` puts in, and a final newline when pretty-printing.
  private func document(_ write: (inout [UInt8]) -> Void) -> [UInt8] {
    var output: [UInt8] = []
    output.reserveCapacity(4096)
    write(&output)
    if pretty { output.append(0x0A) }
    return output
  }

  /// Keys in the order objects are written: by their UTF-8 bytes, which is code point order,
  /// stable across runs and platforms.
  private static func sorted(_ keys: [String]) -> [String] {
    keys.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
  }

  /// An object of these keys, in this order, each member's value written by `value` (given the
  /// key's place): `{}` when there are none.
  private func writeObject(
    keys: [String], indent: Int, into output: inout [UInt8], value: (Int, inout [UInt8]) -> Void
  ) {
    guard !keys.isEmpty else { return output.append(contentsOf: "{}".utf8) }
    output.append(UInt8(ascii: "{"))
    for (index, key) in keys.enumerated() {
      if index > 0 { output.append(UInt8(ascii: ",")) }
      newline(indent + 1, into: &output)
      Self.writeString(key, into: &output)
      output.append(UInt8(ascii: ":"))
      if pretty { output.append(0x20) }
      value(index, &output)
    }
    newline(indent, into: &output)
    output.append(UInt8(ascii: "}"))
  }

  private func write(_ table: DataTable, indent: Int, into output: inout [UInt8]) {
    guard !table.rows.isEmpty else { return output.append(contentsOf: "[]".utf8) }
    // Each key's column (the last of a repeated key, as `jsonObject` keeps it), in the order
    // objects' keys are written.
    var columnOfKey: [String: Int] = [:]
    for (index, column) in table.columns.enumerated() { columnOfKey[column.key] = index }
    let keys = Self.sorted(Array(columnOfKey.keys))
    let columns = keys.map { columnOfKey[$0] ?? 0 }
    output.append(UInt8(ascii: "["))
    for (index, row) in table.rows.enumerated() {
      if index > 0 { output.append(UInt8(ascii: ",")) }
      newline(indent + 1, into: &output)
      // A row without a value for every column (or a table without columns) as its object.
      guard row.count >= table.columns.count, !keys.isEmpty else {
        write(table.jsonObject(row), indent: indent + 1, into: &output)
        continue
      }
      writeObject(keys: keys, indent: indent + 1, into: &output) { place, output in
        write(row[columns[place]].jsonValue, indent: indent + 2, into: &output)
      }
    }
    newline(indent, into: &output)
    output.append(UInt8(ascii: "]"))
  }

  /// The text of a value.
  public func string(for value: JSONValue) -> String {
    String(decoding: bytes(for: value), as: UTF8.self)
  }

  private func newline(_ indent: Int, into output: inout [UInt8]) {
    guard pretty else { return }
    output.append(0x0A)
    output.append(contentsOf: repeatElement(0x20, count: indent * 2))
  }

  private func write(_ value: JSONValue, indent: Int, into output: inout [UInt8]) {
    switch value {
    case .null: output.append(contentsOf: "null".utf8)
    case .bool(let flag): output.append(contentsOf: (flag ? "true" : "false").utf8)
    case .number(let number): output.append(contentsOf: Self.format(number).utf8)
    case .string(let text): Self.writeString(text, into: &output)
    case .array(let elements):
      guard !elements.isEmpty else { return output.append(contentsOf: "[]".utf8) }
      output.append(UInt8(ascii: "["))
      for (index, element) in elements.enumerated() {
        if index > 0 { output.append(UInt8(ascii: ",")) }
        newline(indent + 1, into: &output)
        write(element, indent: indent + 1, into: &output)
      }
      newline(indent, into: &output)
      output.append(UInt8(ascii: "]"))
    case .object(let members):
      let keys = Self.sorted(Array(members.keys))
      writeObject(keys: keys, indent: indent, into: &output) { index, output in
        write(members[keys[index]] ?? .null, indent: indent + 1, into: &output)
      }
    }
  }

  /// Integers print without a fraction; JSON has no NaN or infinity, so those become `null`.
  static func format(_ number: Double) -> String {
    guard number.isFinite else { return "null" }
    if number == number.rounded(), abs(number) < 1e15 { return String(Int64(number)) }
    return "\(number)"
  }

  /// Whether any byte needs an escape (a quote, a backslash, a control character or DEL), eight
  /// bytes at a time where they are plain ASCII (`MoUStreamDecoder.isPlainText`): a store's
  /// write escapes every text of every record.
  static func needsEscape(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    func needsEscape(_ byte: UInt8) -> Bool { byte < 0x20 || byte == 0x22 || byte == 0x5C || byte == 0x7F }
    var offset = 0
    if let raw = UnsafeRawPointer(bytes.baseAddress) {
      while offset + 8 <= bytes.count {
        // A word that is not plain ASCII text may still need no escape (UTF-8 beyond ASCII).
        if !MoUStreamDecoder.isPlainText(raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)),
          bytes[offset..<offset + 8].contains(where: needsEscape)
        {
          return true
        }
        offset += 8
      }
    }
    return bytes[offset...].contains(where: needsEscape)
  }

  static func writeString(_ text: String, into output: inout [UInt8]) {
    output.append(UInt8(ascii: "\""))
    // Most text needs no escape: copy it in one go.
    var text = text
    let copied = text.withUTF8 { bytes in
      guard !Self.needsEscape(bytes) else { return false }
      output.append(contentsOf: bytes)
      return true
    }
    if copied {
      output.append(UInt8(ascii: "\""))
      return
    }
    for byte in text.utf8 {
      switch byte {
      case UInt8(ascii: "\""): output.append(contentsOf: "\\\"".utf8)
      case UInt8(ascii: "\\"): output.append(contentsOf: "\\\\".utf8)
      case 0x0A: output.append(contentsOf: "\\n".utf8)
      case 0x0D: output.append(contentsOf: "\\r".utf8)
      case 0x09: output.append(contentsOf: "\\t".utf8)
      case 0x08: output.append(contentsOf: "\\b".utf8)
      case 0x0C: output.append(contentsOf: "\\f".utf8)
      case 0x00..<0x20, 0x7F:
        let hex = String(byte, radix: 16, uppercase: true)
        output.append(contentsOf: ("\\u00" + (hex.count == 1 ? "0" : "") + hex).utf8)
      default: output.append(byte)
      }
    }
    output.append(UInt8(ascii: "\""))
  }
}
