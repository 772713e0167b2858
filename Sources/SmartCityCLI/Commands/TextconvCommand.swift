import ProgrammeCore

extension SmartCity {
  /// `smartcity textconv <file>`: a collection file as one line per record, for git's diff
  /// driver, so that `git diff` and `git log -p` show records rather than JSON lines.
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
        context.standardOutput.writeLine(RecordLine(record, key: key).text)
      }
    }
  }
}

/// A record on one line: its id, then each field as `name=value`, in name order.
struct RecordLine {
  var text: String

  init(_ record: JSONValue, key: String) {
    let members = record.objectValue ?? [:]
    var parts = [members[key]?.stringValue ?? "?"]
    for name in members.keys.sorted() where name != key {
      parts.append(name + "=" + RecordLine.value(members[name] ?? .null))
    }
    text = parts.joined(separator: "  ").escapingControlCharacters
  }

  static func value(_ value: JSONValue) -> String {
    if let string = value.stringValue { return string }
    if let items = value.arrayValue {
      return "["
        + items.map { item in item.stringValue ?? JSONWriter(pretty: false).string(for: item) }
        .joined(separator: ", ") + "]"
    }
    return JSONWriter(pretty: false).string(for: value)
  }
}

// MARK: - Messages

extension Message {
  static let textconvAbstract = Message(
    english: "Print a collection file as one line per record, for git's diff driver.",
    indonesian: "Cetak berkas koleksi sebagai satu baris per entri, untuk driver diff git.")
  static let textconvDiscussion = Message(
    english:
      "Git runs it for 'git diff' and 'git log -p' once 'smartcity git-setup' has set diff.smartcity.textconv: each record is a line of its id and its fields, so a diff shows the records that changed. A file that is not a collection is printed as it is.",
    indonesian:
      "Git menjalankannya untuk 'git diff' dan 'git log -p' setelah 'smartcity git-setup' mengatur diff.smartcity.textconv: setiap entri adalah satu baris berisi id dan kolomnya, sehingga diff menampilkan entri yang berubah. Berkas yang bukan koleksi dicetak apa adanya."
  )
  static let textconvFile = Message(
    english: "The file to convert (git passes it).",
    indonesian: "Berkas yang dikonversi (diberikan oleh git).")
}
