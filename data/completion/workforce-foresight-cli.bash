# bash completion for workforce-foresight-cli
# Copyright 2026 The Workforce Foresight authors
# SPDX-License-Identifier: GPL-3.0-or-later

_workforce_foresight_cli ()
{
  local cur prev command
  COMPREPLY=()
  cur=${COMP_WORDS[COMP_CWORD]}
  prev=${COMP_WORDS[COMP_CWORD-1]}
  command=${COMP_WORDS[1]}

  if [[ $COMP_CWORD -eq 1 ]]; then
    COMPREPLY=($(compgen -W "new validate project chart brief ensemble import-ilostat merge workshop predict list --help --version" -- "$cur"))
    return
  fi

  case $prev in
    -s|--scenario|--compare|--reference)
      # The ids of the scenario file on the line, or of the bundled one.
      local word file=
      for word in "${COMP_WORDS[@]:2}"; do
        [[ $word == *.foresight && -f $word ]] && { file=$word; break; }
      done
      COMPREPLY=($(compgen -W "$(workforce-foresight-cli list scenarios ${file:+"$file"} 2>/dev/null | tail -n +2 | cut -f2)" -- "$cur"))
      return ;;
    -f|--format)
      if [[ $command == chart ]]; then
        COMPREPLY=($(compgen -W "csv json svg png pdf" -- "$cur"))
      else
        COMPREPLY=($(compgen -W "csv json" -- "$cur"))
      fi
      return ;;
    -c|--chart)
      COMPREPLY=($(compgen -W "$(workforce-foresight-cli list charts 2>/dev/null | cut -d' ' -f1)" -- "$cur"))
      return ;;
    --lens)
      COMPREPLY=($(compgen -W "total women men gap" -- "$cur"))
      return ;;
    -t|--theme)
      COMPREPLY=($(compgen -W "light dark presentation" -- "$cur"))
      return ;;
    -m|--metric|--tornado|--attribution)
      COMPREPLY=($(compgen -W "net-jobs women-net-jobs displaced women-displaced women-share-of-displacement displaced-pool jobs-transformed digital-gap women-digital-gap unemployment-rate-change skills-shortage left-labour-force productivity displaced-out-of-work" -- "$cur"))
      return ;;
    --dataset)
      COMPREPLY=($(compgen -W "$(workforce-foresight-cli list datasets 2>/dev/null | tail -n +2 | cut -f1)" -- "$cur"))
      return ;;
    -o|--output|--exposure-table)
      COMPREPLY=($(compgen -f -- "$cur"))
      return ;;
  esac

  if [[ $command == list && $COMP_CWORD -eq 2 ]]; then
    COMPREPLY=($(compgen -W "charts scenarios levers datasets" -- "$cur"))
    return
  fi

  if [[ $cur == -* ]]; then
    local options
    options=$(workforce-foresight-cli "$command" --help 2>/dev/null | grep -oE -- '--[a-z-]+' | sort -u)
    COMPREPLY=($(compgen -W "$options -o -s -f" -- "$cur"))
    return
  fi

  COMPREPLY=($(compgen -f -X '!*.@(foresight|csv|gz)' -- "$cur") $(compgen -d -- "$cur"))
}

complete -o filenames -F _workforce_foresight_cli workforce-foresight-cli
