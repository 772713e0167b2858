/// A collection's records as CSV columns, both ways: what `export --format csv` writes and
/// what `import` reads, so that one round-trips through the other exactly.
///
/// Each scalar field is a column (`signed_on`); a nested object is a column per inner field
/// (`regional_signatory_name`); a list of values is one cell with the values separated by
/// commas (`masterplan-guidance, data-exchange`); a list of objects is one cell of JSON. Sources
/// that are only an address are written one per line, as people type them.
public struct RecordCSV: Sendable {
  public let schema: CollectionSchema

  public init(_ collection: Collection) {
    schema = CollectionSchema.of(collection)
  }

  /// The column names, in order.
  public var columns: [String] {
    schema.fields.flatMap { field -> [String] in
      if case .object(let inner) = field.kind { return inner.map { field.snakeCaseName + "_" + $0.snakeCaseName } }
      return [field.snakeCaseName]
    }
  }

  /// The records of a registry's collection as a table.
  public func table(_ registry: Registry) -> DataTable {
    DataTable(
      columns: columns.map { DataTable.Column($0, .verbatim($0)) },
      rows: registry.records(of: schema.collection).map(row))
  }

  func row(_ record: JSONValue) -> [TableValue] {
    schema.fields.flatMap { field -> [TableValue] in
      let value = record[field.name]
      switch field.kind {
      case .string, .date, .reportedDate: return [.text(value?.stringValue)]
      case .integer: return [value.flatMap(\.intValue).map { .integer($0) } ?? .null]
      case .object(let inner): return inner.map { .text(value?[$0.name]?.stringValue) }
      case .strings: return [.text(value?.arrayValue?.compactMap(\.stringValue).joined(separator: ", "))]
      case .integers: return [.text(value?.arrayValue?.compactMap(\.intValue).map(String.init).joined(separator: ", "))]
      case .objects:
        guard let items = value?.arrayValue, !items.isEmpty else { return [.null] }
        if field.name == "sources", let lines = Self.plainSources(items) { return [.text(lines)] }
        return [.text(JSONWriter(pretty: false).string(for: .array(items)))]
      }
    }
  }

  /// Sources written one per line, when each is only an address that reads back as the same
  /// source; `nil` when JSON is needed to keep them exactly (a title, a publisher, evidence).
  static func plainSources(_ items: [JSONValue]) -> String? {
    var lines: [String] = []
    for item in items {
      guard let members = item.objectValue, members.count == 1, let text = members["url"]?.stringValue,
        !text.contains("\n"), text == text.trimmingWhitespace, !text.hasPrefix("["),
        Source(text: text).jsonValue == item
      else { return nil }
      lines.append(text)
    }
    return lines.joined(separator: "\n")
  }

  // MARK: Reading

  /// The column a header names: case and the separators `-`, ` ` and `_` do not matter, and
  /// `add-mou`'s and `add-milestone`'s option names are accepted for their columns (`evidence`
  /// among them: what the row's sources state).
  public func column(forHeader header: String) -> String? {
    // Case, accents and the separators `-`, `/`, `.` and spaces do not matter: "Kabupaten/Kota",
    // "Tanggal", "signed-on" and "Signed On" are all headers a spreadsheet may have.
    let key = String(header.foldedForMatching.map { $0 == " " ? "_" : $0 })
    if columns.contains(key) { return key }
    return aliases[key]
  }

  /// The other headers each column is known by: the options of the `add-…` commands and the
  /// Indonesian words of spreadsheets kept in the regions' offices. One table for every
  /// collection; an alias counts where its column exists (`tanggal` is an MoU's `signed_on`
  /// and any other record's `date`), and `evidence` wherever records cite sources.
  public var aliases: [String: String] {
    var table: [String: String] = [:]
    for (alias, targets) in Self.aliasTable {
      if let column = targets.first(where: { $0 == "evidence" ? columns.contains("sources") : columns.contains($0) }) {
        table[alias] = column
      }
    }
    return table
  }

  /// Each alias with the columns it may stand for, the first that a collection has winning.
  static let aliasTable: [String: [String]] = [
    // English: the add commands' option names.
    "date": ["signed_on", "date"], "signatory": ["regional_signatory_name"], "office": ["regional_signatory_office"],
    "on_behalf_of": ["regional_signatory_on_behalf_of"], "source": ["sources"], "evidence": ["evidence"],
    "code": ["regency"],
    // Indonesian.
    "kode": ["regency", "code"], "kabupaten_kota": ["regency"], "kab_kota": ["regency"], "daerah": ["regency"],
    "tanggal": ["signed_on", "date"], "tanggal_penandatanganan": ["signed_on"], "angkatan": ["cohort"],
    "sumber": ["sources"], "penandatangan": ["regional_signatory_name"], "jabatan": ["regional_signatory_office"],
    "atas_nama": ["regional_signatory_on_behalf_of"], "tempat": ["venue"], "cara": ["mode"], "surat": ["letter"],
    "nomor": ["number"], "nomor_mou": ["number"], "keyakinan": ["confidence"], "bukti": ["evidence"],
    "catatan": ["note"], "ruang_lingkup": ["scope"], "kawasan": ["area"], "jenis": ["kind"], "tahapan": ["kind"],
    "sampai": ["until"], "peraturan": ["regulation"], "pilar": ["pillar"], "judul": ["title"], "mulai": ["start"],
    "selesai": ["end"], "tahun": ["year"], "nama": ["name"], "provinsi": ["province"], "kota": ["city"],
  ]

  /// The columns a field names, as `add` and `edit` take it: a column or alias as a header
  /// would give it, a JSON key (`signedOn`), or a nested object (`regionalSignatory`) for all
  /// its columns.
  public func columns(forField name: String) throws(ProgrammeError) -> [String] {
    if let column = column(forHeader: name) ?? column(forHeader: FieldSchema.snakeCase(name)) { return [column] }
    let key = String(FieldSchema.snakeCase(name).foldedForMatching.map { $0 == " " ? "_" : $0 })
    if let field = schema.fields.first(where: { $0.snakeCaseName == key }), case .object(let inner) = field.kind {
      return inner.map { key + "_" + $0.snakeCaseName }
    }
    throw .invalidInput(
      field: name,
      reason: Phrase(.notAFieldOf, ["collection": "\(schema.collection.rawValue)", "fields": .texts(columns)]))
  }

  /// Whether a column holds a field every record has (a part of a nested object never is).
  public func isRequired(_ column: String) -> Bool {
    schema.fields.contains { $0.isRequired && $0.snakeCaseName == column }
  }

  /// The sources a `sources` cell holds, as JSON objects.
  func sources(inCell cell: String?) throws(ProgrammeError) -> [JSONValue] {
    guard let field = schema.fields.first(where: { $0.name == "sources" }) else { return [] }
    return try objects(cell.map(Self.removingFormulaGuard)?.trimmingWhitespace, field: field)
  }

  /// The headers a file may use, for the message that refuses another: the columns, then
  /// their other names.
  public var knownHeaders: [String] { columns + aliases.keys.sorted() }

  /// A record's JSON from a row's cells by column; refuses values of the wrong shape with the
  /// column's name. Empty cells are absent fields.
  public func record(_ cells: [String: String]) throws(ProgrammeError) -> JSONValue {
    var members: [String: JSONValue] = [:]
    for field in schema.fields {
      let column = field.snakeCaseName
      func text(_ name: String) -> String? {
        guard let raw = cells[name] else { return nil }
        let trimmed = Self.removingFormulaGuard(raw).trimmingWhitespace
        return trimmed.isEmpty ? nil : trimmed
      }
      switch field.kind {
      case .string:
        if let value = text(column) { members[field.name] = .string(value) }
      case .integer:
        guard let value = text(column) else { continue }
        guard let number = Int(value) else {
          throw .invalidInput(field: column, reason: Phrase(.expectedWholeNumber, ["found": "'\(value.quotedInMessage)'"]))
        }
        members[field.name] = JSONValue(number)
      case .date:
        guard let value = text(column) else { continue }
        do throws(DateInputError) {
          members[field.name] = .string(try CalendarDate.parse(value).description)
        } catch {
          throw .invalidInput(field: column, reason: error.phrase)
        }
      case .reportedDate:
        guard let value = text(column) else { continue }
        do throws(DateInputError) {
          members[field.name] = .string(try ReportedDate.parse(value).description)
        } catch {
          throw .invalidInput(field: column, reason: error.phrase)
        }
      case .object(let inner):
        var object: [String: JSONValue] = [:]
        for part in inner {
          if let value = text(column + "_" + part.snakeCaseName) { object[part.name] = .string(value) }
        }
        if !object.isEmpty { members[field.name] = .object(object) }
      case .strings:
        let values = (text(column) ?? "").split(separator: ",").map { String($0).trimmingWhitespace }.filter { !$0.isEmpty }
        if !values.isEmpty || field.isRequired { members[field.name] = .array(values.map(JSONValue.string)) }
      case .integers:
        var values: [JSONValue] = []
        for part in (text(column) ?? "").split(separator: ",").map({ String($0).trimmingWhitespace }) where !part.isEmpty {
          guard let number = Int(part) else {
            throw .invalidInput(field: column, reason: Phrase(.expectedWholeNumbers, ["found": "\(part.quotedInMessage)"]))
          }
          values.append(JSONValue(number))
        }
        if !values.isEmpty || field.isRequired { members[field.name] = .array(values) }
      case .objects:
        members[field.name] = .array(try objects(text(column), field: field))
      }
    }
    return .object(members)
  }

  /// A cell holding a list of objects: JSON, or for sources, one address or title per line (or
  /// separated by " ; ").
  func objects(_ cell: String?, field: FieldSchema) throws(ProgrammeError) -> [JSONValue] {
    guard let cell else { return [] }
    if cell.hasPrefix("[") {
      guard let value = try? JSONParser().parse(Array(cell.utf8)), let items = value.arrayValue else {
        throw .invalidInput(field: field.snakeCaseName, reason: Phrase(.notAJSONArray))
      }
      return items
    }
    guard field.name == "sources" else {
      throw .invalidInput(field: field.snakeCaseName, reason: Phrase(.expectedJSONObjects))
    }
    // One per line, or separated by " ; " as reference lists write them (a semicolon with
    // spaces round it is no part of an address).
    // As `--source` takes them: addresses only, so prose typed into the column is not kept as
    // a citation by mistake; a citation without an address is written as JSON.
    var sources: [JSONValue] = []
    for line in cell.split(whereSeparator: \.isNewline).flatMap({ $0.components(separatedBy: " ; ") }) {
      let text = String(line).trimmingWhitespace
      guard !text.isEmpty else { continue }
      // Several addresses in one line are several sources, as `--source` reads them.
      for source in try Source.typed(text) {
        guard source.url != nil else {
          throw .invalidInput(
            field: field.snakeCaseName, reason: Phrase(.csvSourceNotAnAddress, ["text": "\(text.quotedInMessage)"]))
        }
        sources.append(source.jsonValue)
      }
    }
    return sources
  }

  /// A cell as it was before `CSVWriter` guarded it against running as a formula.
  static func removingFormulaGuard(_ cell: String) -> String {
    guard cell.hasPrefix("'"), let second = cell.unicodeScalars.dropFirst().first,
      ["=", "+", "-", "@", "\t", "\r"].contains(second)
    else { return cell }
    return String(cell.dropFirst())
  }
}

// MARK: - Messages

extension Message {
  public static let expectedWholeNumbers = Message(
    english: "expected whole numbers separated by commas, found '{found}'",
    indonesian: "seharusnya bilangan bulat dipisahkan koma, ditemukan '{found}'")
  public static let notAJSONArray = Message(
    english: "starts with '[' but is not a JSON array",
    indonesian: "diawali '[' tetapi bukan array JSON")
  public static let expectedJSONObjects = Message(
    english: "expected a JSON array of objects, such as [{\"name\": \"...\"}]",
    indonesian: "seharusnya array JSON berisi objek, seperti [{\"name\": \"...\"}]")
  public static let notAFieldOf = Message(
    english: "not a field of {collection}; use one of: {fields}",
    indonesian: "bukan isian {collection}; gunakan salah satu dari: {fields}")
  public static let csvSourceNotAnAddress = Message(
    english:
      "'{text}' is not a web address (https://…, or example.org/page); a citation without one is written as JSON: [{\"title\": \"…\", \"publisher\": \"…\"}]",
    indonesian:
      "'{text}' bukan alamat web (https://…, atau example.org/halaman); kutipan tanpa alamat ditulis sebagai JSON: [{\"title\": \"…\", \"publisher\": \"…\"}]"
  )
}
