import ProgrammeCore

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

extension SmartCity {
  /// `smartcity manuals --output DIR`: the manual pages, made from the commands' declarations
  /// (the same as `--help`), in English under `DIR/man1/` and in Indonesian under
  /// `DIR/id/man1/`, as `share/man` holds them; what `Scripts/install.sh` installs.
  enum Manuals: Command {
    static let commandName = "manuals"
    static let output = OptionSpec("output", value: "dir", help: .manualsOutput, required: true)
    static let spec = CommandSpec(
      name: commandName,
      abstract: .manualsAbstract,
      discussion: .manualsDiscussion,
      options: [output])

    /// Every page, in both languages: the path under the output folder and its text.
    static func pages() -> [(path: String, text: String)] {
      let specs = SmartCity.commands.map(\.spec)
      return [(Language.english, "man1"), (.indonesian, "id/man1")].flatMap { language, folder in
        let manual = ManualPage(language: language)
        return [(folder + "/" + ManualPage.fileName(nil), manual.root(commands: specs))]
          + specs.map { (folder + "/" + ManualPage.fileName($0.name), manual.page($0)) }
      }
    }

    static func run(_ arguments: ParsedArguments, in context: Context) throws(CommandFailure) {
      guard let folder = try arguments.text(Self.output) else { throw .usage(.missingArgument("--output <dir>")) }
      let pages = Self.pages()
      try attempt { () throws(ProgrammeError) in
        for page in pages {
          let path = folder + "/" + page.path
          let parent = path.split(separator: "/", omittingEmptySubsequences: false).dropLast().joined(separator: "/")
          do throws(FileSystemError) {
            try context.fileSystem.createDirectories(at: parent)
          } catch {
            throw .outputFailed(path: parent, reason: error.reason)
          }
          try OutputFile.write(
            [Array(page.text.utf8)], to: path, fileSystem: context.fileSystem,
            processID: ProcessInfo.processInfo.processIdentifier)
        }
      }
      context.standardOutput.writeLine(
        context.text(.wroteManuals, ["count": .number(pages.count), "folder": .text(folder)]))
    }
  }
}

// MARK: - Messages

extension Message {
  static let manualsAbstract = Message(
    english: "Write the manual pages (man1, in English and Indonesian) into a folder.",
    indonesian: "Tulis halaman manual (man1, dalam bahasa Inggris dan Indonesia) ke dalam folder.")
  static let manualsDiscussion = Message(
    english:
      "The pages are made from the same declarations as --help: smartcity.1 and one page per command (smartcity-add-mou.1, ...) under DIR/man1, and the Indonesian ones under DIR/id/man1, as share/man holds them. Scripts/install.sh and the Debian package install them; 'man -l DIR/man1/smartcity.1' reads one in place.",
    indonesian:
      "Halaman dibuat dari deklarasi yang sama dengan --help: smartcity.1 dan satu halaman per perintah (smartcity-add-mou.1, ...) di DIR/man1, dan yang berbahasa Indonesia di DIR/id/man1, seperti share/man menyimpannya. Scripts/install.sh dan paket Debian memasangnya; 'man -l DIR/man1/smartcity.1' membaca satu di tempat."
  )
  static let manualsOutput = Message(
    english: "The folder to write man1/ and id/man1/ into (share/man of an installation).",
    indonesian: "Folder tempat menulis man1/ dan id/man1/ (share/man sebuah instalasi).")
  static let wroteManuals = Message(
    english: "Wrote {count} manual {count|page|pages} into {folder}",
    indonesian: "Menulis {count} halaman manual ke {folder}")
}
