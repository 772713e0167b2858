import ProgrammeCore

extension SmartCity {
  /// `smartcity map`: the members on a map of Indonesia, as a standalone SVG for slides and
  /// articles, with the same filters as `list`.
  enum Map: Command {
    static let commandName = "map"
    static let spec = CommandSpec(
      name: commandName,
      abstract: .mapAbstract,
      discussion: .mapDiscussion,
      options: OptionSpec.participantFilters.map {
        $0.name == "province" ? province : $0
      } + [
        by,
        output,
      ])

    static let province = OptionSpec("province", value: "province", help: .mapProvince)
    static let by = OptionSpec(
      "by", value: "colouring", help: .mapBy, values: IndonesiaMap.Colouring.allCases.map(\.rawValue), defaultValue: "cohort")
    static let output = OptionSpec("output", value: "file", help: .mapOutput)

    static func run(_ arguments: ParsedArguments, in context: Context) throws(CommandFailure) {
      let query = try arguments.participantQuery()
      let output = try arguments.text(Self.output)
      let store = try context.store(arguments)
      if let output { try SmartCity.Export.refuseInside(store, output, context) }
      let registry = context.reporting(try attempt { () throws(ProgrammeError) in try store.load(detail: .summary) })
      let filter = try attempt { () throws(ProgrammeError) in try query.resolved(in: registry) }
      let colouring = arguments.value(Self.by).flatMap(IndonesiaMap.Colouring.init(rawValue:)) ?? .cohort
      let participants = registry.participants(matching: filter)
      let regions = Set(participants.filter { $0.status == .signed }.map(\.regency.code)).count
      let title = context.text(.mapTitle, ["regions": .number(regions), "total": .number(registry.regencies.count)])
      var map = IndonesiaMap.of(
        participants, in: registry, colouring: colouring, language: context.language, province: filter.province, title: title)
      map.isStandalone = true
      // The title, the registry's date, the selection and what the colours mean, on the
      // drawing itself.
      let selection = OptionSpec.participantFilters.compactMap { option in
        arguments.value(option).map { "--\(option.name) \($0)" }
      }
      map.heading = [
        title,
        context.text(
          selection.isEmpty ? .mapCaptionDate : .mapCaptionSelection,
          ["date": .date(context.today), "selection": .texts(selection, separator: " ")]),
        context.text(colouring == .cohort ? .mapCaptionCohort : .mapCaptionConfidence),
      ]
      let svg = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + map.svg + "\n"
      if let output {
        try SmartCity.Export.write([svg], to: output, context)
        context.standardError.writeLine(
          context.text(.wroteExport, ["file": "\(output.escapingControlCharacters)", "format": "svg"]))
      } else {
        context.standardOutput.write(svg)
      }
    }
  }
}

// MARK: - Messages

extension Message {
  static let mapCaptionDate = Message(
    english: "The registry on {date}, every member.",
    indonesian: "Registri per {date}, semua anggota.")
  static let mapCaptionSelection = Message(
    english: "The registry on {date}, members selected by {selection}.",
    indonesian: "Registri per {date}, anggota yang dipilih dengan {selection}.")
  static let mapCaptionCohort = Message(
    english: "Colour: the cohort each member first signed in; pale: named in a letter only; grey: not a member.",
    indonesian:
      "Warna: angkatan tempat tiap anggota pertama kali menandatangani; pucat: hanya disebut dalam surat; abu-abu: bukan anggota."
  )
  static let mapCaptionConfidence = Message(
    english: "Colour: how strong the evidence of each membership is; grey: not a member.",
    indonesian: "Warna: seberapa kuat bukti tiap keanggotaan; abu-abu: bukan anggota.")
  static let mapAbstract = Message(
    english: "Draw the members on a map of Indonesia, as a standalone SVG.",
    indonesian: "Gambar anggota pada peta Indonesia, sebagai SVG mandiri.")
  static let mapDiscussion = Message(
    english:
      "Every kabupaten/kota is drawn from simplified Kemendagri-coded boundaries; members are coloured by their first cohort (colours safe for colour-blind readers; --by confidence colours by the strength of their evidence), regions only named in a selection letter and non-members stay light, province borders are drawn over them, and the boundaries' attribution is printed under the map. Hovering over a region shows its name, cohorts and dates. Takes the same filters as 'list'; --province draws that province alone.",
    indonesian:
      "Setiap kabupaten/kota digambar dari batas wilayah berkode Kemendagri yang disederhanakan; anggota diwarnai menurut angkatan pertamanya (warna yang aman bagi pembaca buta warna; --by confidence mewarnai menurut kekuatan buktinya), daerah yang hanya disebut dalam surat penetapan dan bukan anggota tetap pucat, batas provinsi digambar di atasnya, dan atribusi batas wilayah dicetak di bawah peta. Mengarahkan penunjuk ke suatu daerah menampilkan nama, angkatan dan tanggalnya. Menerima filter yang sama dengan 'list'; --province hanya menggambar provinsi itu."
  )
  static let mapProvince = Message(
    english: "Only this province (a code or a name), drawn alone.",
    indonesian: "Hanya provinsi ini (kode atau nama), digambar tersendiri.")
  static let mapBy = Message(
    english: "What the colours show.",
    indonesian: "Apa yang ditunjukkan warnanya.")
  static let mapOutput = Message(
    english: "Write the SVG to this file (replaced whole) instead of standard output.",
    indonesian: "Tulis SVG ke berkas ini (diganti seluruhnya) alih-alih ke keluaran standar.")
}
