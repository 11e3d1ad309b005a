#!/usr/bin/env bash
# Makes the upgrade fixture: data of every kind (the same as DataOfEveryKind.Load) written through the API of a
# running web host of the PREVIOUS release, then backed up with the web host's `backup` command.
#   1. start the previous release on an empty data folder, e.g. at commit 37d9c9d:
#        Admin__Password='Test-Admin-Pa55!' dotnet run --project web/CommandCenter.Web -- --urls http://127.0.0.1:5153 --Storage:DataDirectory=/tmp/fixture
#   2. bash make-release-fixture.sh http://127.0.0.1:5153 NAME        (writes NAME.json: the ids the test checks)
#   3. stop it, then with the CURRENT build: dotnet run --project web/CommandCenter.Web -- backup NAME.dump --Storage:DataDirectory=/tmp/fixture
set -euo pipefail
base=$1; name=$2
here=$(cd "$(dirname "$0")" && pwd)
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
json() { python3 -c "import json,sys; print(json.load(sys.stdin)$1)"; }
token() { curl -sf -X POST "$base/api/auth/token" -H 'content-type: application/json' -d "{\"userName\":\"$1\",\"password\":\"$2\"}" | json '["accessToken"]'; }
admin=$(token admin 'Test-Admin-Pa55!')
A=(-H "authorization: Bearer $admin")

printf '网格长,网格名称,网格编号,所属街道\n张三,城北一网格,JA-001,城北街道\n李四,城北二网格,JA-002,城北街道\n' | iconv -t GB18030 > "$tmp/grids.csv"
curl -sf "${A[@]}" -F "file=@$tmp/grids.csv;filename=网格.csv" "$base/api/grids/import" > /dev/null
curl -sf "${A[@]}" -H 'content-type: application/json' -d '{"userName":"ops-unit-head","password":"Ops-Backup-Pa55!","role":"UnitHead","unit":"城防办"}' "$base/api/users" > /dev/null

printf '\x89PNG\r\n\x1a\n\x00\x00\x00\x0dIHDR\x04\x02' > "$tmp/evidence.png"
evidence=$(curl -sf "${A[@]}" -F "file=@$tmp/evidence.png;type=image/png;filename=现场照片.png" "$base/api/tasks/dagan100.1.1/evidence" | json '["id"]')
curl -sf "${A[@]}" -H 'content-type: application/json' -d "{\"value\":42,\"note\":\"备份前的进度：物资清点完毕\",\"evidence\":[\"$evidence\"]}" "$base/api/tasks/dagan100.1.1/progress" > /dev/null

head=$(token ops-unit-head 'Ops-Backup-Pa55!')
curl -sf -H "authorization: Bearer $head" -H 'content-type: application/json' -d '{"workDone":"完成备份恢复演练","problems":"","nextWeek":"继续"}' "$base/api/campaigns/dagan100/reports" > /dev/null

case=$(curl -sf "${A[@]}" -H 'content-type: application/json' -d '{"gridCode":"JA-001","category":"市容环境","subcategory":"道路保洁","source":"patrol","description":"人民路路面有垃圾"}' "$base/api/cases" | json '["id"]')
{ printf '\x89PNG\r\n\x1a\n'; head -c 88 /dev/zero; } > "$tmp/photo.png"
curl -sf "${A[@]}" -F "file=@$tmp/photo.png;filename=现场.png" "$base/api/cases/$case/photos" > /dev/null

deadline=$(date -u -d '+20 days' +%Y-%m-%dT%H:%M:%SZ)
notice=$(curl -sf "${A[@]}" -H 'content-type: application/json' -d "{\"unit\":\"城防办\",\"taskId\":\"dagan100.1.1\",\"title\":\"防汛物资储备滞后\",\"content\":\"请于期限内整改并回复\",\"deadline\":\"$deadline\"}" "$base/api/notices" | json '["id"]')
display=$(curl -sf "${A[@]}" -H 'content-type: application/json' -d '{"name":"指挥大厅 1 号屏","campaignId":"dagan100"}' "$base/api/display-tokens" | json '["token"]')

printf '{"evidenceId":"%s","caseId":"%s","noticeId":"%s","displayToken":"%s"}\n' "$evidence" "$case" "$notice" "$display" > "$here/$name.json"
echo "wrote $here/$name.json"
