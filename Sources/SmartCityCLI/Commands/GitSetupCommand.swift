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
      try attempt { () throws(ProgrammeError) in
        let git = Git(directory: store.directory)
        let top = try git.text(["rev-parse", "--show-toplevel"])
        let prefix = try git.prefix()
        let attributes = top + "/.gitattributes"
        try Self.ensureLine("\(prefix)*.json merge=smartcity diff=smartcity", in: attributes, store: store, context: context)
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
        let hook = try git.text(["rev-parse", "--path-format=absolute", "--git-path", "hooks/pre-commit"])
        let data = String(prefix.dropLast()).isEmpty ? "." : String(prefix.dropLast())
        // Quiet when the store is valid; the whole report when it is not.
        let script = """
          #!/bin/sh
          # Written by smartcity git-setup --hooks: a commit whose staged store does not validate is refused.
          report=$(\(quoted) validate --data '\(data)' --at : 2>&1) && exit 0
          printf '%s\\n' "$report" >&2
          exit 1

          """
        if let current = try? store.fileSystem.readFile(at: hook),
          !String(decoding: current, as: UTF8.self).contains("smartcity git-setup --hooks")
        {
          throw .invalidInput(field: "--hooks", reason: Phrase(.gitSetupHookExists, ["path": "\(hook)"]))
        }
        try OutputFile.write(
          [Array(script.utf8)], to: hook, fileSystem: store.fileSystem, processID: ProcessInfo.processInfo.processIdentifier)
        do {
          try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: hook)
        } catch {
          throw .writeFailed(path: hook, reason: "\(error)")
        }
        out.writeLine(context.text(.gitSetupHookWritten, ["path": "\(hook)"]))
      }
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
  static let gitSetupHookExists = Message(
    english: "{path} is a hook of another tool; add 'smartcity validate --at :' to it yourself",
    indonesian: "{path} adalah hook alat lain; tambahkan sendiri 'smartcity validate --at :' ke dalamnya")
  static let gitSetupHookWritten = Message(
    english: "Wrote the pre-commit hook {path}: a commit whose staged store does not validate is refused",
    indonesian: "Menulis hook pre-commit {path}: commit yang registri stage-nya tidak valid ditolak")
}
