#!/bin/bash
# The bash completion offers what the program takes: the commands, the
# values of --format=… (as one word, split at '=' the way
# bash-completion's _init_completion -s does), the housing types of init
# and the zone ids of the rates.  bash-completion itself is not needed:
# its two helpers are stood in for here.
#
#   tests/completion.sh SKEMA SOURCE_ROOT
set -u
skema=$1 root=$2
case $skema in /*) ;; *) skema=$(pwd)/$skema ;; esac
bin=$(mktemp -d) || exit 99
trap 'rm -rf "$bin"' EXIT
ln -s "$skema" "$bin/skema"
PATH=$bin:$PATH

_init_completion() {
    words=("${COMP_WORDS[@]}") cword=$COMP_CWORD
    cur=${words[cword]} prev=${words[cword - 1]} split=false
    if [[ ${1-} == -s && $cur == --*=* ]]; then
        prev=${cur%%=*} cur=${cur#*=} split=true
    fi
}
_filedir() { COMPREPLY=(); }
complete() { :; }
. "$root/data/skema.bash"

fails=0
expect() { # WANT WORD...: completing the last WORD offers WANT
    local want=$1
    shift
    COMP_WORDS=(skema "$@") COMP_CWORD=$#
    COMPREPLY=()
    _skema
    case " ${COMPREPLY[*]} " in
        *" $want "*) ;;
        *) echo "skema $*<TAB>: no '$want' in: ${COMPREPLY[*]}"; fails=$((fails + 1)) ;;
    esac
}
expect init ''
expect html check --format=
expect csv check --format=c
expect jsonl batch --format=
expect md diff --format ''
expect blandet init --type ''
expect A,B init --stages=
expect hovedstad rates --zone ''
expect odense-gruppen rates --zone=o
expect en keys --lang=
expect --lang keys --
expect sum-lines explain s
[ "$fails" -eq 0 ] && echo "the completion offers what skema takes"
[ "$fails" -eq 0 ]
