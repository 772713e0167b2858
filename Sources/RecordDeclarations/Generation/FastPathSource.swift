/// The fast path of the collections that have one: key tables and decoders straight from the
/// bytes (`MoUStreamDecoder`), and for MoUs an emitter straight to the bytes. Each accepts
/// exactly what the reference reader accepts and gives up (`nil`) on anything else.
enum FastPathSource {
  static func file() -> String {
    var source = SwiftSource()
    let records = RecordDeclaration.all
    source.block("extension MoUStreamDecoder {") { source in
      for choice in choiceTypes() {
        source.line("static let \(tableName(of: choice)) = ChoiceTable(\(choice).self)")
      }
      source.line()
      for record in records {
        decoder(
          record.typeName, keys: record.recordName, record.fields, hasRules: record.hasRules,
          derivedID: record.derivesID ? record.primaryKey : nil, into: &source)
        source.line()
      }
      let nested = RecordDeclaration.nested
      for (index, structure) in nested.enumerated() {
        if structure.recurs { reuse(structure, into: &source) }
        decoder(
          structure.typeName, keys: structure.name, structure.fields, hasRules: structure.hasRules, derivedID: nil,
          suffix: structure.recurs ? "AsWritten" : "", into: &source)
        if index < nested.count - 1 { source.line() }
      }
    }
    source.line()
    loader(records, into: &source)
    let emitting = records.filter(\.hasEmitter)
    for record in emitting {
      source.line()
      emitter(record.typeName, record.fields, into: &source)
    }
    for structure in RecordDeclaration.nestedTypes(of: emitting) {
      source.line()
      emitter(structure.typeName, structure.fields, into: &source)
    }
    return source.text
  }

  /// The enumerations the records' fields hold, each once, in the order first met.
  static func choiceTypes() -> [String] {
    var found: [String] = []
    let fields = RecordDeclaration.all.flatMap(\.fields) + RecordDeclaration.nested.flatMap(\.fields)
    for field in fields {
      switch field.type {
      case .choice(let type), .choices(let type):
        if !found.contains(type) { found.append(type) }
      default: break
      }
    }
    return found
  }

  /// `regionKindChoices` for `RegionKind`.
  static func tableName(of choice: String) -> String {
    choice.prefix(1).lowercased() + choice.dropFirst() + "Choices"
  }

  /// `Registry.loadQuickly(_:from:)`: a collection through its decoder.
  static func loader(_ records: [RecordDeclaration], into source: inout SwiftSource) {
    source.block("extension Registry {") { source in
      source.line("/// Replaces a collection with the records its fast decoder reads from `buffer` (ids strictly")
      source.line("/// increasing, as the store writes them); `false`, changing nothing, when the file needs the")
      source.line("/// reference path.")
      source.block("mutating func loadQuickly(_ collection: Collection, from buffer: UnsafeBufferPointer<UInt8>) -> Bool {") {
        source in
        source.line("switch collection {")
        for record in records {
          source.block("case .\(record.collection):", closing: "") { source in
            source.line(
              "guard let records = MoUStreamDecoder.decodeSortedRecords(buffer, { $0.decode\(record.typeName)() }) else { return false }"
            )
            source.line("\(record.registryProperty) = records")
          }
        }
        source.line("}")
        source.line("return true")
      }
    }
  }

  /// The decoder of a recurring structure: the value read earlier from the same bytes, or a
  /// new one, remembered.
  static func reuse(_ structure: NestedDeclaration, into source: inout SwiftSource) {
    let type = structure.typeName
    source.line("/// One `\(type)`: the one read a little earlier from the same bytes, if any (the same")
    source.line("/// bytes read the same), or a new one, remembered.")
    source.block("mutating func decode\(type)() -> \(type)? {") { source in
      source.line("let start = position")
      source.block("if let known = recent\(type)s.value(at: start, in: bytes) {") { source in
        source.line("position = start + known.length")
        source.line("return known.value")
      }
      source.line("guard let value = decode\(type)AsWritten() else { return nil }")
      source.line("recent\(type)s.remember(value, at: start, length: position - start)")
      source.line("return value")
    }
    source.line()
  }

  // MARK: Decoding

  static func decoder(
    _ typeName: String, keys: String, _ fields: [FieldDeclaration], hasRules: Bool, derivedID key: String?,
    suffix: String = "", into source: inout SwiftSource
  ) {
    let names = fields.map { SwiftSource.literal($0.name) }.joined(separator: ", ")
    source.line("static let \(keys)Keys = KeyTable([\(names)])")
    source.line()
    source.line("/// One `\(typeName)` as the store writes it, held to the reference reader's checks; `nil` otherwise.")
    source.block("mutating func decode\(typeName)\(suffix)() -> \(typeName)? {") { source in
      for field in fields {
        if field.type.isList {
          source.line("var \(field.name): \(swiftType(field.type)) = []")
        } else {
          source.line("var \(field.name): \(swiftType(field.type))?")
        }
      }
      source.block("let complete = members(Self.\(keys)Keys) { field, decoder -> Bool in") { source in
        source.line("switch field {")
        for (index, field) in fields.enumerated() {
          source.block("case \(index):", closing: "") { source in
            // As in RecordReader, null is an absent field, which a required one may not be (a
            // list reads as empty).
            if !field.isRequired || field.type.isList { source.line("if decoder.consumeNull() { return true }") }
            decode(field, into: &source)
          }
        }
        source.line("default: return false")
        source.line("}")
      }
      var conditions = ["complete"]
      conditions += fields.filter { $0.isRequired && !$0.type.isList }.map { "let \($0.name)" }
      source.line("guard \(conditions.joined(separator: ", ")) else { return nil }")
      // A record whose id the model makes is made without it, and the stored id must be that one.
      let arguments = fields.filter { $0.name != key }.map { "\($0.name): \($0.name)" }.joined(separator: ", ")
      source.line("let record = \(typeName)(\(arguments))")
      var checks: [String] = []
      if let key { checks.append("record.\(key) == \(key)") }
      if hasRules { checks.append("record.ruleViolation() == nil") }
      if !checks.isEmpty { source.line("guard \(checks.joined(separator: ", ")) else { return nil }") }
      source.line("return record")
    }
  }

  /// The lines of one `case` that read a field's value and say whether it was valid.
  static func decode(_ field: FieldDeclaration, into source: inout SwiftSource) {
    let name = field.name
    switch field.type {
    case .text where field.isDetail:
      source.line("return decoder.detail(&\(name))")
    case .text, .day, .reportedDate, .choice:
      source.line("\(name) = \(scalar(field.type))")
      source.line("return \(name) != nil")
    case .integer:
      // A declared minimum is the reference reader's rule too.
      let minimum = field.minimum.map { ", value >= \($0)" } ?? ""
      source.line("guard let value = decoder.integer()\(minimum) else { return false }")
      source.line("\(name) = value")
      source.line("return true")
    case .object(let nested) where field.isDetail:
      source.line("let value = decoder.decode\(nested.typeName)()")
      source.line("if decoder.keepsDetails { \(name) = value }")
      source.line("return value != nil")
    case .object(let nested):
      source.line("\(name) = decoder.decode\(nested.typeName)()")
      source.line("return \(name) != nil")
    case .texts, .integers, .choices, .objects:
      source.block("return decoder.elements { decoder in") { source in
        source.line("guard let element = \(element(of: field.type)) else { return false }")
        source.line(field.isDetail ? "if decoder.keepsDetails { \(name).append(element) }" : "\(name).append(element)")
        source.line("return true")
      }
    }
  }

  static func scalar(_ type: FieldDeclaration.FieldType) -> String {
    switch type {
    case .day: "decoder.date()"
    case .reportedDate: "decoder.reportedDate()"
    case .choice(let enumeration): "decoder.choice(in: Self.\(tableName(of: enumeration)))"
    default: "decoder.text()"
    }
  }

  static func element(of type: FieldDeclaration.FieldType) -> String {
    switch type {
    case .choices(let enumeration): "decoder.choice(in: Self.\(tableName(of: enumeration)))"
    case .objects(let nested): "decoder.decode\(nested.typeName)()"
    case .integers: "decoder.integer()"
    default: "decoder.text()"
    }
  }

  static func swiftType(_ type: FieldDeclaration.FieldType) -> String {
    switch type {
    case .text: "String"
    case .integer: "Int"
    case .day: "CalendarDate"
    case .reportedDate: "ReportedDate"
    case .choice(let enumeration): enumeration
    case .texts: "[String]"
    case .integers: "[Int]"
    case .choices(let enumeration): "[\(enumeration)]"
    case .object(let nested): nested.typeName
    case .objects(let nested): "[\(nested.typeName)]"
    }
  }

  // MARK: Emitting

  static func emitter(_ typeName: String, _ fields: [FieldDeclaration], into source: inout SwiftSource) {
    source.block("extension \(typeName) {") { source in
      source.line("/// The record in the store's layout, keys sorted: byte for byte what `JSONWriter` writes of")
      source.line("/// `jsonValue`, which a test holds it to.")
      source.block("func emit(into emitter: inout PrettyEmitter) {") { source in
        source.line("emitter.openObject()")
        // The store sorts keys by their bytes; field names are ASCII.
        for field in fields.sorted(by: { Array($0.name.utf8).lexicographicallyPrecedes(Array($1.name.utf8)) }) {
          emit(field, into: &source)
        }
        source.line("emitter.closeObject()")
      }
    }
  }

  static func emit(_ field: FieldDeclaration, into source: inout SwiftSource) {
    let name = field.name
    let key = SwiftSource.literal(name)
    let optional = field.isRequired ? "" : "?"
    switch field.type {
    case .text: source.line("emitter.field(\(key), \(name))")
    case .choice: source.line("emitter.field(\(key), \(name)\(optional).rawValue)")
    case .day, .reportedDate: source.line("emitter.field(\(key), \(name)\(optional).description)")
    case .object where field.isRequired:
      source.line("emitter.key(\(key))")
      source.line("\(name).emit(into: &emitter)")
    case .object:
      source.block("if let \(name) {") { source in
        source.line("emitter.key(\(key))")
        source.line("\(name).emit(into: &emitter)")
      }
    case .texts, .choices, .objects:
      source.line("emitter.key(\(key))")
      source.line("emitter.openArray()")
      let element =
        switch field.type {
        case .texts: "emitter.string(element)"
        case .choices: "emitter.string(element.rawValue)"
        default: "element.emit(into: &emitter)"
        }
      source.line("for element in \(name) { \(element) }")
      source.line("emitter.closeArray()")
    case .integer, .integers:
      preconditionFailure("the emitter writes no numbers: \(name) needs PrettyEmitter to write one first")
    }
  }
}
