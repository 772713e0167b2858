import ProgrammeCore

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif
#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

extension SmartCity {
  /// `smartcity git-setup [--hooks]`: makes git merge and diff the store's files record by record
  /// (`.gitattributes` and the `merge.smartcity.*` / `diff.smartcity.*` settings), and with
  /// `--hooks` installs a pre-commit hook that validates the staged store. Says what it did.
  enum GitSetup: Command {
    static let commandName = "git-setup"
    static let spec = CommandSpec(
      name: commandName,
      abstract: .gitSetupAbstract,
      discussion: .gitSetupDiscussion,
      options: [hooks])

    static let hooks = OptionSpec("hooks", help: .gitSetupHooks)

    /// This very binary's path: where the kernel says it was loaded from, else how it was called.
    static var executablePath: String {
      #if os(Linux)
        var buffer = [CChar](repeating: 0, count: 4096)
        let count = readlink("/proc/self/exe", &buffer, buffer.count - 1)
        if count > 0 { return String(decoding: buffer[..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self) }
      #endif
      return CommandLine.arguments[0]
    }

    static func run(_ arguments: ParsedArguments, in context: Context) throws(CommandFailure) {
      let store = try context.store(arguments)
      let out = context.standardOutput
      // The settings name this very binary, so that they work whether it is on PATH or not.
      let executable = Self.executablePath
      let git = Git(directory: store.directory)
      // The attributes first: a folder name git's patterns cannot hold exactly (a glob
      // character, a line break) is refused, and so is a line git would not apply (asked of git
      // itself, for the store's own file), with the file as it was.
      let (top, prefix, applies) = try attempt { () throws(ProgrammeError) in
        let top = try git.text(["rev-parse", "--show-toplevel"])
        let prefix = try git.prefix()
        guard let pattern = Self.attributesPattern(prefix + "*.json") else { return (top, prefix, false) }
        let attributes = top + "/.gitattributes"
        let before = try? store.fileSystem.readFile(at: attributes)
        try Self.ensureLine("\(pattern) merge=smartcity diff=smartcity", in: attributes, store: store, context: context)
        // (git runs in the store's folder: the file is named from there.)
        guard try git.text(["check-attr", "merge", "--", Collection.mous.fileName]).hasSuffix(": merge: smartcity") else {
          if let before {
            try OutputFile.write(
              [before], to: attributes, fileSystem: store.fileSystem, processID: ProcessInfo.processInfo.processIdentifier)
          } else {
            try? store.fileSystem.removeItem(at: attributes)
          }
          return (top, prefix, false)
        }
        return (top, prefix, true)
      }
      guard applies else {
        throw .usage(
          .invalidValue(store.directory.quotedInMessage, option: "--data <dir>", reason: Phrase(.gitSetupFolderName)))
      }
      try attempt { () throws(ProgrammeError) in
        // The journal is each clone's own (what `undo` can take back here), never shared.
        try Self.ensureLine("\(prefix).journal/", in: top + "/.gitignore", store: store, context: context)
        let quoted = executable.quotedForShell
        let settings = [
          ("merge.smartcity.name", "smartcity: merge the registry record by record"),
          ("merge.smartcity.driver", "\(quoted) merge-driver %O %A %B %P"),
          ("diff.smartcity.textconv", "\(quoted) textconv"),
        ]
        for (key, value) in settings {
          _ = try git.run(["config", key, value])
          out.writeLine(context.text(.gitSetupConfigured, ["key": "\(key)", "value": "\(value)"]))
        }
        guard arguments.flag(Self.hooks) else { return }
        let data = String(prefix.dropLast()).isEmpty ? "." : String(prefix.dropLast())
        // Git runs hooks from the top of the work tree. A plain commit and the commit of a merge
        // (git runs pre-merge-commit for that, not pre-commit) are both refused while the store
        // holds a conflict nobody has resolved, staged or not, or while the staged store does not
        // validate. Every path is one shell word, whatever its folder is called.
        let script = """
          #!/bin/sh
          # Written by smartcity git-setup --hooks: a commit whose staged store does not validate,
          # or made while the store holds an unresolved merge conflict, is refused.
          data=\(data.quotedForShell)
          if [ -e "$data/\(RecordMerge.conflictsFile)" ]; then
            \(quoted) validate --data "$data" >&2
            printf '%s\\n' \(context.text(.gitSetupHookConflict, ["file": "\(data)/\(RecordMerge.conflictsFile)"]).quotedForShell) >&2
            exit 1
          fi
          report=$(\(quoted) validate --data "$data" --at : 2>&1) && exit 0
          printf '%s\\n' "$report" >&2
          exit 1

          """
        for name in ["pre-commit", "pre-merge-commit"] {
          let hook = try git.text(["rev-parse", "--path-format=absolute", "--git-path", "hooks/" + name])
          if let current = try? store.fileSystem.readFile(at: hook),
            !String(decoding: current, as: UTF8.self).contains("smartcity git-setup --hooks")
          {
            throw .invalidInput(field: "--hooks", reason: Phrase(.gitSetupHookExists, ["path": "\(hook)"]))
          }
          try OutputFile.write(
            [Array(script.utf8)], to: hook, fileSystem: store.fileSystem, processID: ProcessInfo.processInfo.processIdentifier,
            permissions: 0o755)
          out.writeLine(context.text(.gitSetupHookWritten, ["path": "\(hook)"]))
        }
      }
    }

    /// A `.gitattributes` pattern matching exactly this path: as it is when it holds nothing git
    /// reads specially, else in double quotes with C escapes (git reads a quoted pattern so);
    /// `nil` for a path with a glob character of its own or a line break, which no pattern can
    /// name exactly.
    static func attributesPattern(_ path: String) -> String? {
      let folder = path.dropLast("*.json".count)
      guard !folder.contains(where: { "*?[]\\\n\r".contains($0) }) else { return nil }
      guard path.contains(where: { $0 == " " || $0 == "\t" || $0 == "\"" || $0 == "#" }) else { return path }
      return "\"" + path.map { $0 == "\"" ? "\\\"" : $0 == "\t" ? "\\t" : String($0) }.joined() + "\""
    }

    /// Adds a line to a file of git's (`.gitattributes`, `.gitignore`) unless it is there, and says so.
    static func ensureLine(_ line: String, in file: String, store: Store, context: Context) throws(ProgrammeError) {
      let name = file.split(separator: "/").last.map(String.init) ?? file
      let existing = (try? store.fileSystem.readFile(at: file)).map { String(decoding: $0, as: UTF8.self) } ?? ""
      if existing.split(separator: "\n").contains(Substring(line)) {
        context.standardOutput.writeLine(context.text(.gitSetupAttributesKept, ["file": "\(name)", "line": "\(line)"]))
        return
      }
      let text = existing + (existing.isEmpty || existing.hasSuffix("\n") ? "" : "\n") + line + "\n"
      try OutputFile.write(
        [Array(text.utf8)], to: file, fileSystem: store.fileSystem, processID: ProcessInfo.processInfo.processIdentifier)
      context.standardOutput.writeLine(context.text(.gitSetupAttributesWritten, ["file": "\(name)", "line": "\(line)"]))
    }
  }
}

// MARK: - Messages

extension Message {
  static let gitSetupAbstract = Message(
    english: "Make git merge and diff the store record by record.",
    indonesian: "Buat git menggabungkan dan membandingkan registri entri demi entri.")
  static let gitSetupDiscussion = Message(
    english:
      "Adds the store's files to .gitattributes with merge=smartcity and diff=smartcity, and sets merge.smartcity.driver and diff.smartcity.textconv in the repository's git config to this smartcity binary. With --hooks it also installs a pre-commit hook that runs 'smartcity validate' on the staged store. Run it once in each clone; it says what it did.",
    indonesian:
      "Menambahkan berkas registri ke .gitattributes dengan merge=smartcity dan diff=smartcity, dan mengatur merge.smartcity.driver dan diff.smartcity.textconv di konfigurasi git repositori ke biner smartcity ini. Dengan --hooks juga memasang hook pre-commit yang menjalankan 'smartcity validate' pada registri yang di-stage. Jalankan sekali di setiap klon; perintah ini menyebutkan apa yang dilakukannya."
  )
  static let gitSetupHooks = Message(
    english: "Also install a pre-commit hook that validates the staged store.",
    indonesian: "Pasang juga hook pre-commit yang memvalidasi registri yang di-stage.")
  static let gitSetupAttributesKept = Message(
    english: "{file} already has: {line}",
    indonesian: "{file} sudah berisi: {line}")
  static let gitSetupAttributesWritten = Message(
    english: "Added to {file}: {line}",
    indonesian: "Ditambahkan ke {file}: {line}")
  static let gitSetupConfigured = Message(
    english: "Set git config {key} = {value}",
    indonesian: "Mengatur git config {key} = {value}")
  static let gitSetupFolderName = Message(
    english:
      "git cannot apply its attributes to that folder exactly (its name holds a glob character or a line break); rename the store's folder",
    indonesian:
      "git tidak dapat menerapkan atributnya tepat pada folder itu (namanya memuat karakter glob atau pindah baris); ganti nama folder registri"
  )
  static let gitSetupHookConflict = Message(
    english:
      "Commit refused: {file} lists conflicts nobody has resolved; choose each value in the store's files, remove the file, then commit",
    indonesian:
      "Commit ditolak: {file} memuat konflik yang belum diselesaikan; pilih setiap nilai di berkas registri, hapus berkas itu, lalu commit"
  )
  static let gitSetupHookExists = Message(
    english: "{path} is a hook of another tool; add 'smartcity validate --at :' to it yourself",
    indonesian: "{path} adalah hook alat lain; tambahkan sendiri 'smartcity validate --at :' ke dalamnya")
  static let gitSetupHookWritten = Message(
    english: "Wrote the pre-commit hook {path}: a commit whose staged store does not validate is refused",
    indonesian: "Menulis hook pre-commit {path}: commit yang registri stage-nya tidak valid ditolak")
}
