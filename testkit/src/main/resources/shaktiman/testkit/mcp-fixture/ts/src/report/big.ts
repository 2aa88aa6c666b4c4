export function buildReport(kind: string) {
  switch (kind) {
    case 'kind0':
      return 'report number 0 for the quarterly summary of accounts';
    case 'kind1':
      return 'report number 1 for the quarterly summary of accounts';
    case 'kind2':
      return 'report number 2 for the quarterly summary of accounts';
    case 'kind3':
      return 'report number 3 for the quarterly summary of accounts';
    case 'kind4':
      return 'report number 4 for the quarterly summary of accounts';
    case 'kind5':
      return 'report number 5 for the quarterly summary of accounts';
    case 'kind6':
      return 'report number 6 for the quarterly summary of accounts';
    case 'kind7':
      return 'report number 7 for the quarterly summary of accounts';
    case 'kind8':
      return 'report number 8 for the quarterly summary of accounts';
    case 'kind9':
      return 'report number 9 for the quarterly summary of accounts';
    case 'kind10':
      return 'report number 10 for the quarterly summary of accounts';
    case 'kind11':
      return 'report number 11 for the quarterly summary of accounts';
    case 'kind12':
      return 'report number 12 for the quarterly summary of accounts';
    case 'kind13':
      return 'report number 13 for the quarterly summary of accounts';
    case 'kind14':
      return 'report number 14 for the quarterly summary of accounts';
    case 'kind15':
      return 'report number 15 for the quarterly summary of accounts';
    case 'kind16':
      return 'report number 16 for the quarterly summary of accounts';
    case 'kind17':
      return 'report number 17 for the quarterly summary of accounts';
    case 'kind18':
      return 'report number 18 for the quarterly summary of accounts';
    case 'kind19':
      return 'report number 19 for the quarterly summary of accounts';
    case 'kind20':
      return 'report number 20 for the quarterly summary of accounts';
    case 'kind21':
      return 'report number 21 for the quarterly summary of accounts';
    case 'kind22':
      return 'report number 22 for the quarterly summary of accounts';
    case 'kind23':
      return 'report number 23 for the quarterly summary of accounts';
    case 'kind24':
      return 'report number 24 for the quarterly summary of accounts';
    case 'kind25':
      return 'report number 25 for the quarterly summary of accounts';
    case 'kind26':
      return 'report number 26 for the quarterly summary of accounts';
    case 'kind27':
      return 'report number 27 for the quarterly summary of accounts';
    case 'kind28':
      return 'report number 28 for the quarterly summary of accounts';
    case 'kind29':
      return 'report number 29 for the quarterly summary of accounts';
    case 'kind30':
      return 'report number 30 for the quarterly summary of accounts';
    case 'kind31':
      return 'report number 31 for the quarterly summary of accounts';
    case 'kind32':
      return 'report number 32 for the quarterly summary of accounts';
    case 'kind33':
      return 'report number 33 for the quarterly summary of accounts';
    case 'kind34':
      return 'report number 34 for the quarterly summary of accounts';
    case 'kind35':
      return 'report number 35 for the quarterly summary of accounts';
    case 'kind36':
      return 'report number 36 for the quarterly summary of accounts';
    case 'kind37':
      return 'report number 37 for the quarterly summary of accounts';
    case 'kind38':
      return 'report number 38 for the quarterly summary of accounts';
    case 'kind39':
      return 'report number 39 for the quarterly summary of accounts';
    case 'kind40':
      return 'report number 40 for the quarterly summary of accounts';
    case 'kind41':
      return 'report number 41 for the quarterly summary of accounts';
    case 'kind42':
      return 'report number 42 for the quarterly summary of accounts';
    case 'kind43':
      return 'report number 43 for the quarterly summary of accounts';
    case 'kind44':
      return 'report number 44 for the quarterly summary of accounts';
    case 'kind45':
      return 'report number 45 for the quarterly summary of accounts';
    case 'kind46':
      return 'report number 46 for the quarterly summary of accounts';
    case 'kind47':
      return 'report number 47 for the quarterly summary of accounts';
    case 'kind48':
      return 'report number 48 for the quarterly summary of accounts';
    case 'kind49':
      return 'report number 49 for the quarterly summary of accounts';
    case 'kind50':
      return 'report number 50 for the quarterly summary of accounts';
    case 'kind51':
      return 'report number 51 for the quarterly summary of accounts';
    case 'kind52':
      return 'report number 52 for the quarterly summary of accounts';
    case 'kind53':
      return 'report number 53 for the quarterly summary of accounts';
    case 'kind54':
      return 'report number 54 for the quarterly summary of accounts';
    case 'kind55':
      return 'report number 55 for the quarterly summary of accounts';
    case 'kind56':
      return 'report number 56 for the quarterly summary of accounts';
    case 'kind57':
      return 'report number 57 for the quarterly summary of accounts';
    case 'kind58':
      return 'report number 58 for the quarterly summary of accounts';
    case 'kind59':
      return 'report number 59 for the quarterly summary of accounts';
    case 'kind60':
      return 'report number 60 for the quarterly summary of accounts';
    case 'kind61':
      return 'report number 61 for the quarterly summary of accounts';
    case 'kind62':
      return 'report number 62 for the quarterly summary of accounts';
    case 'kind63':
      return 'report number 63 for the quarterly summary of accounts';
    case 'kind64':
      return 'report number 64 for the quarterly summary of accounts';
    case 'kind65':
      return 'report number 65 for the quarterly summary of accounts';
    case 'kind66':
      return 'report number 66 for the quarterly summary of accounts';
    case 'kind67':
      return 'report number 67 for the quarterly summary of accounts';
    case 'kind68':
      return 'report number 68 for the quarterly summary of accounts';
    case 'kind69':
      return 'report number 69 for the quarterly summary of accounts';
    case 'kind70':
      return 'report number 70 for the quarterly summary of accounts';
    case 'kind71':
      return 'report number 71 for the quarterly summary of accounts';
    case 'kind72':
      return 'report number 72 for the quarterly summary of accounts';
    case 'kind73':
      return 'report number 73 for the quarterly summary of accounts';
    case 'kind74':
      return 'report number 74 for the quarterly summary of accounts';
    case 'kind75':
      return 'report number 75 for the quarterly summary of accounts';
    case 'kind76':
      return 'report number 76 for the quarterly summary of accounts';
    case 'kind77':
      return 'report number 77 for the quarterly summary of accounts';
    case 'kind78':
      return 'report number 78 for the quarterly summary of accounts';
    case 'kind79':
      return 'report number 79 for the quarterly summary of accounts';
    case 'kind80':
      return 'report number 80 for the quarterly summary of accounts';
    case 'kind81':
      return 'report number 81 for the quarterly summary of accounts';
    case 'kind82':
      return 'report number 82 for the quarterly summary of accounts';
    case 'kind83':
      return 'report number 83 for the quarterly summary of accounts';
    case 'kind84':
      return 'report number 84 for the quarterly summary of accounts';
    case 'kind85':
      return 'report number 85 for the quarterly summary of accounts';
    case 'kind86':
      return 'report number 86 for the quarterly summary of accounts';
    case 'kind87':
      return 'report number 87 for the quarterly summary of accounts';
    case 'kind88':
      return 'report number 88 for the quarterly summary of accounts';
    case 'kind89':
      return 'report number 89 for the quarterly summary of accounts';
    case 'kind90':
      return 'report number 90 for the quarterly summary of accounts';
    case 'kind91':
      return 'report number 91 for the quarterly summary of accounts';
    case 'kind92':
      return 'report number 92 for the quarterly summary of accounts';
    case 'kind93':
      return 'report number 93 for the quarterly summary of accounts';
    case 'kind94':
      return 'report number 94 for the quarterly summary of accounts';
    case 'kind95':
      return 'report number 95 for the quarterly summary of accounts';
    case 'kind96':
      return 'report number 96 for the quarterly summary of accounts';
    case 'kind97':
      return 'report number 97 for the quarterly summary of accounts';
    case 'kind98':
      return 'report number 98 for the quarterly summary of accounts';
    case 'kind99':
      return 'report number 99 for the quarterly summary of accounts';
    case 'kind100':
      return 'report number 100 for the quarterly summary of accounts';
    case 'kind101':
      return 'report number 101 for the quarterly summary of accounts';
    case 'kind102':
      return 'report number 102 for the quarterly summary of accounts';
    case 'kind103':
      return 'report number 103 for the quarterly summary of accounts';
    case 'kind104':
      return 'report number 104 for the quarterly summary of accounts';
    case 'kind105':
      return 'report number 105 for the quarterly summary of accounts';
    case 'kind106':
      return 'report number 106 for the quarterly summary of accounts';
    case 'kind107':
      return 'report number 107 for the quarterly summary of accounts';
    case 'kind108':
      return 'report number 108 for the quarterly summary of accounts';
    case 'kind109':
      return 'report number 109 for the quarterly summary of accounts';
    case 'kind110':
      return 'report number 110 for the quarterly summary of accounts';
    case 'kind111':
      return 'report number 111 for the quarterly summary of accounts';
    case 'kind112':
      return 'report number 112 for the quarterly summary of accounts';
    case 'kind113':
      return 'report number 113 for the quarterly summary of accounts';
    case 'kind114':
      return 'report number 114 for the quarterly summary of accounts';
    case 'kind115':
      return 'report number 115 for the quarterly summary of accounts';
    case 'kind116':
      return 'report number 116 for the quarterly summary of accounts';
    case 'kind117':
      return 'report number 117 for the quarterly summary of accounts';
    case 'kind118':
      return 'report number 118 for the quarterly summary of accounts';
    case 'kind119':
      return 'report number 119 for the quarterly summary of accounts';
    case 'kind120':
      return 'report number 120 for the quarterly summary of accounts';
    case 'kind121':
      return 'report number 121 for the quarterly summary of accounts';
    case 'kind122':
      return 'report number 122 for the quarterly summary of accounts';
    case 'kind123':
      return 'report number 123 for the quarterly summary of accounts';
    case 'kind124':
      return 'report number 124 for the quarterly summary of accounts';
    case 'kind125':
      return 'report number 125 for the quarterly summary of accounts';
    case 'kind126':
      return 'report number 126 for the quarterly summary of accounts';
    case 'kind127':
      return 'report number 127 for the quarterly summary of accounts';
    case 'kind128':
      return 'report number 128 for the quarterly summary of accounts';
    case 'kind129':
      return 'report number 129 for the quarterly summary of accounts';
    case 'kind130':
      return 'report number 130 for the quarterly summary of accounts';
    case 'kind131':
      return 'report number 131 for the quarterly summary of accounts';
    case 'kind132':
      return 'report number 132 for the quarterly summary of accounts';
    case 'kind133':
      return 'report number 133 for the quarterly summary of accounts';
    case 'kind134':
      return 'report number 134 for the quarterly summary of accounts';
    case 'kind135':
      return 'report number 135 for the quarterly summary of accounts';
    case 'kind136':
      return 'report number 136 for the quarterly summary of accounts';
    case 'kind137':
      return 'report number 137 for the quarterly summary of accounts';
    case 'kind138':
      return 'report number 138 for the quarterly summary of accounts';
    case 'kind139':
      return 'report number 139 for the quarterly summary of accounts';
    case 'kind140':
      return 'report number 140 for the quarterly summary of accounts';
    case 'kind141':
      return 'report number 141 for the quarterly summary of accounts';
    case 'kind142':
      return 'report number 142 for the quarterly summary of accounts';
    case 'kind143':
      return 'report number 143 for the quarterly summary of accounts';
    case 'kind144':
      return 'report number 144 for the quarterly summary of accounts';
    case 'kind145':
      return 'report number 145 for the quarterly summary of accounts';
    case 'kind146':
      return 'report number 146 for the quarterly summary of accounts';
    case 'kind147':
      return 'report number 147 for the quarterly summary of accounts';
    case 'kind148':
      return 'report number 148 for the quarterly summary of accounts';
    case 'kind149':
      return 'report number 149 for the quarterly summary of accounts';
    default:
      return 'unknown';
  }
}
