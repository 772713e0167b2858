import ProgrammeCore

extension SmartCity {
  /// `smartcity log <region|record id>`: every commit that changed the region's records (or the
  /// record), with its date, author, message and what changed.
  enum Log: Command {
    static let commandName = "log"
    static let spec = CommandSpec(
      name: commandName,
      abstract: .logAbstract,
      discussion: .logDiscussion,
      arguments: [ArgumentSpec(name: "region-or-id", help: .logTarget)],
      options: [format])

    static let format = OptionSpec(
      "format", value: "format", help: .optionFormat, values: ["text", "json"], defaultValue: "text")

    static func run(_ arguments: ParsedArguments, in context: Context) throws(CommandFailure) {
      guard let target = arguments.positional(0), !target.trimmingWhitespace.isEmpty else {
        throw .usage(.missingArgument("<region-or-id>"))
      }
      let store = try context.store(arguments)
      let (registry, entries) = try attempt { () throws(ProgrammeError) in
        let registry = try store.load()
        // A record's id names that record; anything else names a region.
        let isRecord = registry.holdsRecord(id: target)
        let code =
          isRecord ? nil : try RegencyResolver(regencies: registry.regencies, provinces: registry.provinces).resolve(target).code
        let entries = try StoreHistory(store: store).entries { change in
          isRecord ? change.id == target : change.concerns(region: code ?? "")
        }
        return (registry, entries)
      }
      context.reporting(registry)
      let out = context.standardOutput
      if arguments.value(Self.format) == "json" {
        out.write(JSONWriter().string(for: .array(entries.map(\.jsonValue))))
        return
      }
      guard !entries.isEmpty else {
        out.writeLine(context.text(.logNothing, ["target": "\(target.escapingControlCharacters)"]))
        return
      }
      let text = ChangeText(names: ChangeText.names(registry), language: context.language)
      for (index, entry) in entries.enumerated() {
        if index > 0 { out.writeLine() }
        out.writeLine(
          "\(entry.date)  \(entry.commit.prefix(10))  \(entry.author.escapingControlCharacters)  \(entry.message.escapingControlCharacters)"
        )
        for line in text.lines(entry.changes, indent: "  ") { out.writeLine(line) }
      }
    }
  }
}

// MARK: - Messages

extension Message {
  static let logAbstract = Message(
    english: "Show every commit that changed a region's records, or one record.",
    indonesian: "Tampilkan setiap commit yang mengubah entri suatu daerah, atau satu entri.")
  static let logDiscussion = Message(
    english:
      "Give a region (a code or a name: every record naming it) or a record's id (an MoU, a milestone, a letter number). Each commit that changed them is shown with its date, author and message, and what changed, newest first. Needs the store in a git repository.",
    indonesian:
      "Berikan daerah (kode atau nama: setiap entri yang menyebutnya) atau id entri (nota kesepakatan, tahapan, nomor surat). Setiap commit yang mengubahnya ditampilkan dengan tanggal, penulis dan pesannya, serta apa yang berubah, dari yang terbaru. Registri harus berada di repositori git."
  )
  static let logTarget = Message(
    english: "A region (code or name) or a record's id.",
    indonesian: "Daerah (kode atau nama) atau id entri.")
  static let logNothing = Message(
    english: "No commit changed the records of '{target}'.",
    indonesian: "Tidak ada commit yang mengubah entri '{target}'.")
}
