import ProgrammeCore

extension SmartCity {
  /// `smartcity textconv <file>`: a collection file as one line per field of each record, each
  /// line led by the record's id, for git's diff driver: `git diff` and `git log -p` then show
  /// the one field that changed, and whose it is.
  enum Textconv: Command {
    static let commandName = "textconv"
    static let spec = CommandSpec(
      name: commandName,
      abstract: .textconvAbstract,
      discussion: .textconvDiscussion,
      arguments: [ArgumentSpec(name: "file", help: .textconvFile)])

    static func run(_ arguments: ParsedArguments, in context: Context) throws(CommandFailure) {
      guard let file = arguments.positional(0), !file.isEmpty else { throw .usage(.missingArgument("<file>")) }
      let bytes: [UInt8]
      do {
        bytes = try context.fileSystem.readFile(at: file)
      } catch {
        throw .programme(.readFailed(path: file, reason: error.reason))
      }
      // Git hands over a temporary copy named "XXXXXX_mous.json": the collection is the one
      // whose file name ends the path. Any other file is passed through as it is.
      let name = file.split(separator: "/").last.map(String.init) ?? file
      guard let collection = Collection.allCases.first(where: { name == $0.fileName || name.hasSuffix("_" + $0.fileName) }),
        let value = try? Store.parse(bytes, file: name), let records = value.arrayValue
      else {
        context.standardOutput.write(String(decoding: bytes, as: UTF8.self))
        return
      }
      let key = CollectionSchema.of(collection).primaryKey
      for record in records {
        for line in RecordLine(record, key: key).lines { context.standardOutput.writeLine(line) }
      }
    }
  }
}

/// A record as lines: its id alone, then each field, in name order, as `id field: value`; a list
/// of objects (sources, officials) an item a line, `id field[n]: name=value, …`. Every line names
/// its record, so a diff's line says whose field changed.
struct RecordLine {
  var lines: [String]

  init(_ record: JSONValue, key: String) {
    let members = record.objectValue ?? [:]
    let id = members[key]?.stringValue ?? "?"
    var lines = [id]
    for name in members.keys.sorted() where name != key {
      let value = members[name] ?? .null
      if let items = value.arrayValue, items.contains(where: { $0.objectValue != nil }) {
        for (index, item) in items.enumerated() { lines.append("\(id) \(name)[\(index)]: \(Self.value(item))") }
      } else {
        lines.append("\(id) \(name): \(Self.value(value))")
      }
    }
    self.lines = lines.map(\.escapingControlCharacters)
  }

  /// A value in one line: text as it is, a list in brackets, an object as `name=value` pairs.
  static func value(_ value: JSONValue) -> String {
    if let string = value.stringValue { return string }
    if let items = value.arrayValue { return "[" + items.map(Self.value).joined(separator: ", ") + "]" }
    if let members = value.objectValue {
      return members.keys.sorted().map { "\($0)=\(Self.value(members[$0] ?? .null))" }.joined(separator: ", ")
    }
    return JSONWriter(pretty: false).string(for: value)
  }
}

// MARK: - Messages

extension Message {
  static let textconvAbstract = Message(
    english: "Print a collection file as one line per field of each record, for git's diff driver.",
    indonesian: "Cetak berkas koleksi sebagai satu baris per kolom setiap entri, untuk driver diff git.")
  static let textconvDiscussion = Message(
    english:
      "Git runs it for 'git diff' and 'git log -p' once 'smartcity git-setup' has set diff.smartcity.textconv: each field of each record is a line led by the record's id, so a diff shows the field that changed and whose it is. A file that is not a collection is printed as it is.",
    indonesian:
      "Git menjalankannya untuk 'git diff' dan 'git log -p' setelah 'smartcity git-setup' mengatur diff.smartcity.textconv: setiap kolom setiap entri adalah satu baris yang diawali id entrinya, sehingga diff menampilkan kolom yang berubah dan milik siapa. Berkas yang bukan koleksi dicetak apa adanya."
  )
  static let textconvFile = Message(
    english: "The file to convert (git passes it).",
    indonesian: "Berkas yang dikonversi (diberikan oleh git).")
}
