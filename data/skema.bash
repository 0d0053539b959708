# bash completion for skema(1)
_skema()
{
    local cur prev words cword split
    # -s: "--format=md" is completed as "--format md" would be
    _init_completion -s || return

    local commands="check batch diff init rates explain keys"
    if [[ $cword -eq 1 ]]; then
        COMPREPLY=($(compgen -W "$commands --help --version" -- "$cur"))
        return
    fi
    case $prev in
        --format|-f)
            case ${words[1]} in
                diff) COMPREPLY=($(compgen -W "text md html json" -- "$cur")) ;;
                batch) COMPREPLY=($(compgen -W "text md csv jsonl xlsx" -- "$cur")) ;;
                *) COMPREPLY=($(compgen -W "text md html json csv xlsx" -- "$cur")) ;;
            esac
            return ;;
        --lang) COMPREPLY=($(compgen -W "da en" -- "$cur")); return ;;
        --fail-on) COMPREPLY=($(compgen -W "error warning never" -- "$cur")); return ;;
        --from|--to) COMPREPLY=($(compgen -W "A B C" -- "$cur")); return ;;
        --type)
            case ${words[1]} in
                init) COMPREPLY=($(compgen -W "familie aeldre ungdom blandet" -- "$cur")) ;;
                *) COMPREPLY=($(compgen -W "familie aeldre ungdom" -- "$cur")) ;;
            esac
            return ;;
        --stages) COMPREPLY=($(compgen -W "A,B,C A,B B,C A,C A B C" -- "$cur")); return ;;
        --zone)
            # the zone ids, from the rates the program knows
            COMPREPLY=($(compgen -W "$(skema rates --lang=en 2>/dev/null |
                sed -n '/^Zones$/,/^$/s/^  \([a-z0-9][a-z0-9-]*\) .*/\1/p')" -- "$cur"))
            return ;;
        --rates) _filedir '@(yaml|yml)'; return ;;
        --output|-o) _filedir; return ;;
        --year|--max-bytes|--jobs|-j) return ;;
    esac
    $split && return
    case ${words[1]} in
        check)
            if [[ $cur == -* ]]; then
                COMPREPLY=($(compgen -W "--format --lang --thousands --output --strict
                    --rates --no-default-rates --max-bytes --help" -- "$cur"))
            else
                _filedir '@(yaml|yml)'
            fi ;;
        batch)
            if [[ $cur == -* ]]; then
                COMPREPLY=($(compgen -W "--jobs --format --lang --fail-on --follow --null
                    --output --rates --no-default-rates --max-bytes --help" -- "$cur"))
            else
                _filedir
            fi ;;
        diff)
            if [[ $cur == -* ]]; then
                COMPREPLY=($(compgen -W "--from --to --format --lang --rates --no-default-rates
                    --max-bytes --help" -- "$cur"))
            else
                _filedir '@(yaml|yml)'
            fi ;;
        rates)
            COMPREPLY=($(compgen -W "--year --type --zone --lang --rates --no-default-rates
                --max-bytes --help" -- "$cur")) ;;
        init)
            COMPREPLY=($(compgen -W "--type --stages --output --lang --help" -- "$cur")) ;;
        keys)
            COMPREPLY=($(compgen -W "--lang --help" -- "$cur")) ;;
        explain)
            COMPREPLY=($(compgen -W "$(skema explain 2>/dev/null | cut -d' ' -f1)" -- "$cur")) ;;
    esac
} &&
    complete -F _skema skema
