import ProgrammeCore

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

extension SmartCity {
  /// `smartcity merge-driver %O %A %B %P`: git's merge driver for the store's files. Each
  /// collection is merged record by record by id (`RecordMerge`); conflicts keep OURS in the file,
  /// are listed in `conflicts.json` beside it (which `validate` reports), and exit 1 so that git
  /// says the merge conflicted. Other files get git's own line merge.
  enum MergeDriver: Command {
    static let commandName = "merge-driver"
    static let spec = CommandSpec(
      name: commandName,
      abstract: .mergeDriverAbstract,
      discussion: .mergeDriverDiscussion,
      arguments: [
        ArgumentSpec(name: "base", help: .mergeDriverBase), ArgumentSpec(name: "ours", help: .mergeDriverOurs),
        ArgumentSpec(name: "theirs", help: .mergeDriverTheirs), ArgumentSpec(name: "path", help: .mergeDriverPath),
      ])

    static func run(_ arguments: ParsedArguments, in context: Context) throws(CommandFailure) {
      guard let base = arguments.positional(0), let ours = arguments.positional(1), let theirs = arguments.positional(2),
        let path = arguments.positional(3)
      else { throw .usage(.missingArgument("<base> <ours> <theirs> <path>")) }
      func read(_ file: String) throws(CommandFailure) -> [UInt8] {
        do {
          return try context.fileSystem.readFile(at: file)
        } catch {
          throw .programme(.readFailed(path: file, reason: error.reason))
        }
      }
      let name = path.split(separator: "/").last.map(String.init) ?? path
      guard let collection = Collection.allCases.first(where: { $0.fileName == name }) else {
        // Not a collection (registry.json, datapackage.json): git's line merge, conflict markers
        // and all, into OURS.
        let merged = try attempt { () throws(ProgrammeError) in
          try Git(directory: context.currentDirectory).mergeFile(ours: ours, base: base, theirs: theirs)
        }
        try write(merged.bytes, to: ours, context)
        if merged.conflicts > 0 { throw .other(Phrase(.mergeTextConflict, ["path": "\(path)"]), .failure) }
        return
      }
      let (baseBytes, ourBytes, theirBytes) = (try read(base), try read(ours), try read(theirs))
      let (bytes, conflicts) = try attempt { () throws(ProgrammeError) in
        try RecordMerge(collection).merge(base: baseBytes, ours: ourBytes, theirs: theirBytes)
      }
      try write(bytes, to: ours, context)
      // The conflicts of this file replace its earlier ones; other files' stay.
      let folder = path.split(separator: "/").dropLast().joined(separator: "/")
      let conflictsPath = (folder.isEmpty ? "" : folder + "/") + RecordMerge.conflictsFile
      let earlier = (try? context.fileSystem.readFile(at: conflictsPath)).flatMap { try? RecordMerge.conflicts(in: $0) } ?? []
      let kept = earlier.filter { $0.file != collection.fileName } + conflicts
      if kept.isEmpty {
        if !earlier.isEmpty { try? context.fileSystem.removeItem(at: conflictsPath) }
      } else if kept != earlier {
        try write(RecordMerge.conflictsBytes(kept), to: conflictsPath, context)
      }
      guard conflicts.isEmpty else {
        for conflict in conflicts {
          context.standardError.writeLine("Conflict: " + conflict.phrase.text(in: context.language).escapingControlCharacters)
        }
        throw .other(
          Phrase(.mergeConflicts, ["count": .number(conflicts.count), "path": "\(path)", "file": "\(conflictsPath)"]), .failure)
      }
    }

    static func write(_ bytes: [UInt8], to path: String, _ context: Context) throws(CommandFailure) {
      try attempt { () throws(ProgrammeError) in
        try OutputFile.write(
          [bytes], to: path, fileSystem: context.fileSystem, processID: ProcessInfo.processInfo.processIdentifier)
      }
    }
  }
}

// MARK: - Messages

extension Message {
  static let mergeDriverAbstract = Message(
    english: "Merge two versions of a store file record by record (git's merge driver).",
    indonesian: "Gabungkan dua versi berkas registri entri demi entri (driver merge git).")
  static let mergeDriverDiscussion = Message(
    english:
      "Git runs it as 'smartcity merge-driver %O %A %B %P' once 'smartcity git-setup' has set it up. Records added on both sides land; a record changed on one side takes that change; a field changed differently on both sides is a conflict: the file keeps ours, conflicts.json beside it lists theirs, 'validate' names each, and the exit status is 1 so that git reports the conflict. The result is in the store's canonical form.",
    indonesian:
      "Git menjalankannya sebagai 'smartcity merge-driver %O %A %B %P' setelah dipasang oleh 'smartcity git-setup'. Entri yang ditambahkan di kedua sisi masuk; entri yang diubah di satu sisi mengambil perubahan itu; kolom yang diubah berbeda di kedua sisi adalah konflik: berkas menyimpan milik kita, conflicts.json di sebelahnya mencatat milik mereka, 'validate' menyebut masing-masing, dan status keluarnya 1 agar git melaporkan konflik. Hasilnya dalam bentuk kanonik registri."
  )
  static let mergeDriverBase = Message(
    english: "The common ancestor's version (%O).",
    indonesian: "Versi leluhur bersama (%O).")
  static let mergeDriverOurs = Message(
    english: "Our version (%A); the merged file is written here.",
    indonesian: "Versi kita (%A); berkas hasil gabungan ditulis di sini.")
  static let mergeDriverTheirs = Message(
    english: "Their version (%B).",
    indonesian: "Versi mereka (%B).")
  static let mergeDriverPath = Message(
    english: "The file's path in the repository (%P).",
    indonesian: "Jalur berkas di repositori (%P).")
  static let mergeTextConflict = Message(
    english: "{path}: both sides changed the same lines; the file has git's conflict markers",
    indonesian: "{path}: kedua sisi mengubah baris yang sama; berkas berisi penanda konflik git")
  static let mergeConflicts = Message(
    english: "{path}: {count} conflicting {count|change|changes}, listed in {file}; the store keeps ours until you choose",
    indonesian:
      "{path}: {count} perubahan yang bertentangan, dicatat di {file}; registri menyimpan milik kita sampai Anda memilih")
}
