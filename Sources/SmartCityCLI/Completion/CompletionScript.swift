import ProgrammeCore

/// Shell completion scripts for bash, zsh and fish.
///
/// Each script only carries words between the shell and the tool: it passes the words typed so
/// far to `smartcity completions SHELL -- WORDS…` and offers what comes back
/// (`CompletionCandidates`), so that every shell completes the same things by one definition,
/// including the store's own cohorts, regions and ids. Values are handed to the shell's own
/// quoting (`printf %q`, `compadd`, fish's `complete`), so a region's name with spaces or the
/// delimiter `;` is inserted as one quoted word, never as shell syntax.
enum CompletionScript {
  /// The script for a shell; `nil` for a shell it has none for.
  static func script(for shell: String) -> String? {
    switch shell {
    case "bash": Self.bash
    case "zsh": Self.zsh
    case "fish": Self.fish
    default: nil
    }
  }

  static let bash = """
    # bash completion for smartcity: source it, or save it as
    # ~/.local/share/bash-completion/completions/smartcity
    _smartcity() {
      local cur=${COMP_WORDS[COMP_CWORD]} words=() word line value i
      # bash splits "--cohort=2021" at "=" (COMP_WORDBREAKS): the tool reads it as one word.
      for ((i = 1; i <= COMP_CWORD; i++)); do
        word=${COMP_WORDS[i]}
        if ((${#words[@]})) && [[ $word == "=" || ${COMP_WORDS[i-1]} == "=" ]]; then
          words[${#words[@]}-1]+=$word
        else
          words+=("$word")
        fi
      done
      COMPREPLY=()
      while IFS= read -r line; do
        case $line in
          :files) compopt -o filenames 2>/dev/null; mapfile -t COMPREPLY < <(compgen -f -- "$cur"); return ;;
          :directories) compopt -o filenames 2>/dev/null; mapfile -t COMPREPLY < <(compgen -d -- "$cur"); return ;;
        esac
        value=${line%%$'\\t'*}
        # Only the part after "=" is bash's current word.
        if [[ $cur == "=" ]]; then
          value="=${value#*=}"
        elif ((COMP_CWORD > 1)) && [[ ${COMP_WORDS[COMP_CWORD-1]} == "=" ]]; then
          value=${value#*=}
        fi
        [[ $value == *= ]] && compopt -o nospace 2>/dev/null
        # Inside an open quote the value goes in as it is (bash closes the quote); else quoted.
        if [[ $cur == [\\\"\\\']* ]]; then COMPREPLY+=("$value"); else COMPREPLY+=("$(printf '%q' "$value")"); fi
      done < <(command "${COMP_WORDS[0]}" completions bash -- "${words[@]}" 2>/dev/null)
    }
    complete -F _smartcity smartcity

    """

  static let zsh = """
    #compdef smartcity
    # zsh completion for smartcity: save as _smartcity in a folder on $fpath, then run compinit
    _smartcity() {
      local -a lines values described bare
      local line value description
      lines=("${(@f)$(command ${words[1]} completions zsh -- "${(@)words[2,CURRENT-1]}" "$PREFIX" 2>/dev/null)}")
      # An option's value typed after "=" is completed on its own.
      [[ $PREFIX == --*=* ]] && compset -P '*='
      for line in $lines; do
        case $line in
          :files) _files; return ;;
          :directories) _files -/; return ;;
          '') continue ;;
        esac
        value=${line%%$'\\t'*}
        [[ $line == *$'\\t'* ]] && description=${line#*$'\\t'} || description=
        [[ $IPREFIX == --*= ]] && value=${value#*=}
        if [[ $value == *= ]]; then
          bare+=("$value")
        elif [[ -n $description ]]; then
          described+=("${value//:/\\\\:}:$description")
        else
          values+=("$value")
        fi
      done
      (( ${#bare} )) && compadd -S '' -- "${bare[@]}"
      (( ${#described} )) && _describe -t values 'value' described
      (( ${#values} )) && compadd -- "${values[@]}"
      return 0
    }
    _smartcity "$@"

    """

  static let fish = """
    # fish completion for smartcity: save as ~/.config/fish/completions/smartcity.fish
    function __smartcity_complete
        set -l tokens (commandline -opc)
        set -l current (commandline -ct)
        for line in (command $tokens[1] completions fish -- $tokens[2..-1] $current 2>/dev/null)
            switch $line
                case :files
                    __fish_complete_path $current
                case :directories
                    __fish_complete_directories $current
                case '*'
                    echo $line
            end
        end
    end
    complete -c smartcity -f -a '(__smartcity_complete)'

    """
}
