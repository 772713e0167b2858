import ProgrammeCore

extension SmartCity {
  /// `smartcity import`: bulk registration from CSV, all or nothing.
  enum Import: Command {
    static let commandName = "import"
    static let spec = CommandSpec(
      name: commandName,
      abstract: .importAbstract,
      discussion: .importDiscussion,
      arguments: [ArgumentSpec(name: "file", help: .importFile)],
      options: [
        collection,
        .dryRun,
      ])

    static let collection = OptionSpec(
      "collection", value: "collection", help: .importCollection,
      values: Registry.importable.map(\.rawValue), defaultValue: "mous")

    static func run(_ arguments: ParsedArguments, in context: Context) throws(CommandFailure) {
      guard let file = arguments.positional(0), !file.isEmpty else { throw .usage(.missingArgument("<file>")) }
      let collection = arguments.value(Self.collection).flatMap(Collection.init(rawValue:)) ?? .mous
      if file != "-", context.fileSystem.itemKind(at: file) == .directory {
        return try importFolder(file, arguments, context)
      }
      let bytes: [UInt8]
      if file == "-" {
        bytes = context.readStandardInput()
      } else {
        switch context.fileSystem.itemKind(at: file) {
        case .file: break
        case .missing: throw .programme(.noSuchFile(path: file))
        default: throw .programme(.notReadableFile(path: file))
        }
        do {
          bytes = try context.fileSystem.readFile(at: file)
        } catch {
          throw .programme(.readFailed(path: file, reason: error.reason))
        }
      }
      let store = try context.store(arguments)
      let dryRun = arguments.flag(.dryRun)
      let name = file == "-" ? context.text(.standardInput) : file
      let summary = try attempt { () throws(ProgrammeError) in
        try store.update(dryRun: dryRun, journal: context.journalLabel) { (registry: inout Registry) throws(ProgrammeError) in
          try registry.importCSV(bytes, into: collection, file: name)
        }
      }
      for warning in summary.warnings { context.standardError.writeLine("Warning: " + warning.text(in: context.language)) }
      let count = summary.added.count
      var line = context.text(
        dryRun ? .wouldImport : .imported,
        ["count": .number(count), "collection": "\(collection.fileName)", "file": "\(name.escapingControlCharacters)"])
      if summary.unchanged > 0 { line += context.text(.alreadyInStore, ["count": .number(summary.unchanged)]) }
      if dryRun { line += context.text(.dryRunSuffix) }
      context.standardOutput.writeLine(line)
    }

    /// A folder as `export --format csv --output DIR/` writes it (`TableFolder`): each
    /// collection's table that is there with its child tables, read in the order records refer to
    /// each other, in one write, all or nothing.
    static func importFolder(_ folder: String, _ arguments: ParsedArguments, _ context: Context) throws(CommandFailure) {
      if arguments.value(Self.collection) != nil {
        throw .usage(
          .invalidValue(folder.quotedInMessage, option: "<file>", reason: Phrase(.folderHoldsEveryCollection)))
      }
      let base = folder.hasSuffix("/") ? folder : folder + "/"
      let fileSystem = context.fileSystem
      // A table the folder does not have is left out; one that cannot be read stops the import.
      func read(_ name: String) throws(ProgrammeError) -> [UInt8]? {
        guard fileSystem.itemKind(at: base + name) == .file else { return nil }
        do throws(FileSystemError) {
          return try fileSystem.readFile(at: base + name)
        } catch {
          throw .readFailed(path: base + name, reason: error.reason)
        }
      }
      guard
        context.fileSystem.itemKind(at: base + "mous.csv") == .file
          || context.fileSystem.itemKind(at: base + "cohorts.csv") == .file
      else { throw .programme(.noSuchFile(path: base + "mous.csv")) }
      let store = try context.store(arguments)
      let dryRun = arguments.flag(.dryRun)
      let summaries = try attempt { () throws(ProgrammeError) in
        try store.update(dryRun: dryRun, journal: context.journalLabel) { (registry: inout Registry) throws(ProgrammeError) in
          try registry.importTables(reading: read)
        }
      }
      for imported in summaries {
        let (summary, file) = (imported.summary, (imported.collection, base + imported.file))
        for warning in summary.warnings { context.standardError.writeLine("Warning: " + warning.text(in: context.language)) }
        let count = summary.added.count
        var line = context.text(
          dryRun ? .wouldImport : .imported,
          ["count": .number(count), "collection": "\(file.0.fileName)", "file": "\(file.1.escapingControlCharacters)"])
        if summary.unchanged > 0 { line += context.text(.alreadyInStore, ["count": .number(summary.unchanged)]) }
        if dryRun { line += context.text(.dryRunSuffix) }
        context.standardOutput.writeLine(line)
      }
    }
  }
}

// MARK: - Messages

extension Message {
  static let importAbstract = Message(
    english: "Register many records at once from a CSV file, all or nothing.",
    indonesian: "Catat banyak entri sekaligus dari berkas CSV, semua atau tidak sama sekali.")
  static let importDiscussion = Message(
    english:
      "The file has a header row naming its columns. For MoUs the columns are add-mou's options (regency, date, cohort, signatory, office, on-behalf-of, venue, mode, letter, scope, area, source, note) or the columns 'smartcity export --format csv' writes; 'smartcity export --format csv --collection letters' shows the columns of the other collections. Every row is checked first; if any is bad, each bad row is named with its line and nothing is written. Rows already in the store are skipped, so importing a file twice adds nothing. Comma or semicolon delimited, UTF-8 with or without a byte order mark.",
    indonesian:
      "Berkas memiliki baris judul yang menamai kolomnya. Untuk nota kesepakatan, kolomnya adalah opsi add-mou (regency, date, cohort, signatory, office, on-behalf-of, venue, mode, letter, scope, area, source, note) atau kolom yang ditulis 'smartcity export --format csv'; 'smartcity export --format csv --collection letters' menampilkan kolom koleksi lain. Setiap baris diperiksa dahulu; bila ada yang salah, setiap baris yang salah disebut dengan nomor barisnya dan tidak ada yang ditulis. Baris yang sudah ada di registri dilewati, sehingga mengimpor berkas dua kali tidak menambah apa pun. Pemisah koma atau titik koma, UTF-8 dengan atau tanpa byte order mark."
  )
  static let importFile = Message(
    english: "The CSV file, - for standard input, or a folder written by 'export --format csv --output DIR/'.",
    indonesian: "Berkas CSV, - untuk masukan standar, atau folder yang ditulis 'export --format csv --output DIR/'.")
  static let folderHoldsEveryCollection = Message(
    english: "a folder holds each collection in its own file (mous.csv, letters.csv, ...); leave out --collection",
    indonesian:
      "sebuah folder memuat setiap koleksi dalam berkasnya sendiri (mous.csv, letters.csv, ...); jangan pakai --collection")
  static let importCollection = Message(
    english: "What the rows are.",
    indonesian: "Jenis entri pada baris-barisnya.")
  static let standardInput = Message(
    english: "standard input",
    indonesian: "masukan standar")
  static let imported = Message(
    english: "Imported {count} {count|record|records} into {collection} from {file}",
    indonesian: "Diimpor {count} entri ke {collection} dari {file}")
  static let wouldImport = Message(
    english: "Would import {count} {count|record|records} into {collection} from {file}",
    indonesian: "Akan diimpor {count} entri ke {collection} dari {file}")
  static let alreadyInStore = Message(
    english: "; {count} already in the store",
    indonesian: "; {count} sudah ada di registri")
}
