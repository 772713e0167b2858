import ProgrammeCore

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

extension SmartCity {
  /// `smartcity schema COMMAND` prints the JSON Schema of that command's `--format json`
  /// output; `smartcity schema --output DIR` writes every one (`list.schema.json`, …).
  enum Schema: Command {
    static let commandName = "schema"
    static let command = ArgumentSpec(
      name: "command", help: .schemaCommand, isRequired: false, values: OutputSchema.allCases.map(\.rawValue))
    static let output = OptionSpec("output", value: "dir", help: .schemaOutput)
    static let spec = CommandSpec(
      name: commandName,
      abstract: .schemaAbstract,
      discussion: .schemaDiscussion,
      arguments: [command],
      options: [output])

    static func run(_ arguments: ParsedArguments, in context: Context) throws(CommandFailure) {
      let folder = try arguments.text(Self.output)
      let chosen = arguments.positional(0).flatMap(OutputSchema.init(rawValue:))
      switch (chosen, folder) {
      case (let schema?, nil):
        context.standardOutput.write(JSONWriter().string(for: schema.document))
      case (nil, let folder?):
        try attempt { () throws(ProgrammeError) in
          do throws(FileSystemError) {
            try context.fileSystem.createDirectories(at: folder)
          } catch {
            throw .outputFailed(path: folder, reason: error.reason)
          }
          for schema in OutputSchema.allCases {
            try OutputFile.write(
              [Array(JSONWriter().string(for: schema.document).utf8)], to: folder + "/" + schema.fileName,
              fileSystem: context.fileSystem, processID: ProcessInfo.processInfo.processIdentifier)
          }
        }
        context.standardOutput.writeLine(
          context.text(.wroteSchemas, ["count": .number(OutputSchema.allCases.count), "folder": .text(folder)]))
      case (nil, nil):
        throw .usage(
          .missingArgument("<command> (\(OutputSchema.allCases.map(\.rawValue).joined(separator: ", "))) or --output <dir>"))
      case (let schema?, _?):
        // One schema on standard output, or all of them into a folder: never both.
        throw .usage(.invalidValue(schema.rawValue, option: "<command>", reason: Phrase(.schemaOneOrAll)))
      }
    }
  }
}

// MARK: - Messages

extension Message {
  static let schemaAbstract = Message(
    english: "Print the JSON Schema of a command's --format json output.",
    indonesian: "Cetak JSON Schema dari keluaran --format json sebuah perintah.")
  static let schemaDiscussion = Message(
    english:
      "The schemas (draft 2020-12) are the contract of the JSON output of list, report, show, sources, regencies, validate, diff and log: every key is present (null when unknown) and no other appears. 'smartcity schema list' prints one; 'smartcity schema --output DIR' writes them all as COMMAND.schema.json.",
    indonesian:
      "Skema (draft 2020-12) adalah kontrak keluaran JSON dari list, report, show, sources, regencies, validate, diff dan log: setiap kunci selalu ada (null bila tidak diketahui) dan tidak ada kunci lain. 'smartcity schema list' mencetak satu; 'smartcity schema --output DIR' menulis semuanya sebagai PERINTAH.schema.json."
  )
  static let schemaCommand = Message(
    english: "The command whose output to describe.",
    indonesian: "Perintah yang keluarannya dijelaskan.")
  static let schemaOutput = Message(
    english: "Write every schema into this folder instead.",
    indonesian: "Tulis semua skema ke folder ini.")
  static let schemaOneOrAll = Message(
    english: "name one command or give --output DIR for all of them, not both",
    indonesian: "sebut satu perintah atau beri --output DIR untuk semuanya, tidak keduanya")
  static let wroteSchemas = Message(
    english: "Wrote {count} JSON Schemas into {folder}",
    indonesian: "Menulis {count} JSON Schema ke {folder}")
}
