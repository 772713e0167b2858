import ProgrammeCore

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

extension SmartCity {
  /// `smartcity diff [OLD] [NEW]`: the records added, removed and changed between two versions of
  /// the store, each a store folder or a git revision of the store.
  enum Diff: Command {
    static let commandName = "diff"
    static let spec = CommandSpec(
      name: commandName,
      abstract: .diffAbstract,
      discussion: .diffDiscussion,
      arguments: [
        ArgumentSpec(name: "old", help: .diffOld, isRequired: false),
        ArgumentSpec(name: "new", help: .diffNew, isRequired: false),
      ],
      options: [format])

    static let format = OptionSpec(
      "format", value: "format", help: .optionFormat, values: ["text", "json"], defaultValue: "text")

    static func run(_ arguments: ParsedArguments, in context: Context) throws(CommandFailure) {
      let store = try context.store(arguments)
      let oldSide = arguments.positional(0) ?? "HEAD"
      let newSide = arguments.positional(1)
      let (old, new) = try attempt { () throws(ProgrammeError) in
        let old = try StoreVersion(oldSide, of: store).load()
        guard let newSide else { return (old, try store.load()) }
        return (old, try StoreVersion(newSide, of: store).load())
      }
      context.reporting(old)
      context.reporting(new)
      let diff = RegistryDiff(from: old, to: new)
      if arguments.value(Self.format) == "json" {
        context.standardOutput.write(
          JSONWriter().string(
            for: .object([
              "old": .string(oldSide), "new": newSide.map(JSONValue.string) ?? .string(store.directory),
              "changes": diff.jsonValue,
            ])))
        return
      }
      ChangeText(names: ChangeText.names(old, new), language: context.language).write(diff.changes, to: context.standardOutput)
    }
  }
}

/// One side of a diff: a store folder, or a git revision of the command's store.
struct StoreVersion {
  var text: String
  var store: Store

  init(_ text: String, of store: Store) {
    self.text = text
    self.store = store
  }

  /// The registry the side holds: a folder is read as a store; anything else is a revision,
  /// copied out of git into a temporary folder that is removed after the read.
  func load() throws(ProgrammeError) -> Registry {
    if store.fileSystem.itemKind(at: text) == .directory {
      return try Store(directory: text, fileSystem: store.fileSystem).load()
    }
    return try store.withCopy(at: text) { (copy: Store) throws(ProgrammeError) in try copy.load() }
  }
}

/// Changes as lines for people: a heading per file, then one line per record.
struct ChangeText {
  var names: [String: String]
  var language: Language

  /// Region names from both versions, so that a removed region is still named.
  static func names(_ registries: Registry...) -> [String: String] {
    var names: [String: String] = [:]
    for registry in registries {
      for regency in registry.regencies { names[regency.code] = regency.officialName }
    }
    return names
  }

  func lines(_ changes: [RecordChange], indent: String = "") -> [String] {
    var lines: [String] = []
    var file = ""
    for change in changes {
      if change.collection.fileName != file {
        file = change.collection.fileName
        lines.append(indent + file)
      }
      lines.append(indent + "  " + change.phrase(names: names).text(in: language).escapingControlCharacters)
    }
    return lines
  }

  func write(_ changes: [RecordChange], to sink: OutputSink) {
    guard !changes.isEmpty else {
      sink.writeLine(Message.diffNoChanges.text(in: language))
      return
    }
    for line in lines(changes) { sink.writeLine(line) }
  }
}

// MARK: - Messages

extension Message {
  static let diffAbstract = Message(
    english: "Show the records added, removed and changed between two versions of the store.",
    indonesian: "Tampilkan entri yang ditambahkan, dihapus dan diubah di antara dua versi registri.")
  static let diffDiscussion = Message(
    english:
      "Each side is a store folder or a git revision of the store (HEAD~3, main, a tag); OLD defaults to HEAD and NEW to the store itself, so 'smartcity diff' shows what is not committed yet. Records are matched by id; a changed record lists each field that changed, old → new. Git's diff driver uses 'smartcity textconv' (set up by 'smartcity git-setup').",
    indonesian:
      "Setiap sisi adalah folder registri atau revisi git dari registri (HEAD~3, main, sebuah tag); OLD bawaannya HEAD dan NEW registri itu sendiri, sehingga 'smartcity diff' menampilkan apa yang belum di-commit. Entri dicocokkan menurut id; entri yang diubah mencantumkan setiap kolom yang berubah, lama → baru. Driver diff git memakai 'smartcity textconv' (dipasang oleh 'smartcity git-setup')."
  )
  static let diffOld = Message(
    english: "The older version: a store folder or a git revision (default: HEAD).",
    indonesian: "Versi lama: folder registri atau revisi git (bawaan: HEAD).")
  static let diffNew = Message(
    english: "The newer version: a store folder or a git revision (default: the store).",
    indonesian: "Versi baru: folder registri atau revisi git (bawaan: registri ini).")
  static let diffNoChanges = Message(
    english: "No records differ.",
    indonesian: "Tidak ada entri yang berbeda.")
}
