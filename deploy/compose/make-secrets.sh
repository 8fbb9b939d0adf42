#!/usr/bin/env bash
# Makes the secret files docker-compose.yml mounts (deploy/compose/secrets/, git-ignored): random
# MongoDB passwords, the replica set's keyFile, each service's connection string, the key
# that seals manage-link secrets and the key pair of the gateway's tokens to the services. Existing files are kept, so running it again changes nothing.
set -euo pipefail
umask 077
dir="$(cd "$(dirname "$0")" && pwd)/secrets"
mkdir -p "$dir"
chmod 700 "$dir"

make() { # name, command producing the content
  [ -s "$dir/$1" ] || { eval "$2" > "$dir/$1"; echo "made $1"; }
  # compose mounts a secret file with its host permissions, and the applications run as user
  # 10001: readable inside the container; on the host the folder (700) keeps others out
  chmod 644 "$dir/$1"
}

make mongo-keyfile 'openssl rand -base64 756'
make mongo-root-password 'openssl rand -hex 24'
make seal-key 'openssl rand -base64 32'
# the gateway signs the services' tokens (RS256); the services check them with the public half
make token-private-key 'openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 2>/dev/null'
make token-public-key "openssl pkey -in '$dir/token-private-key' -pubout"
for service in workshop registration notification reporting; do
  make "$service-mongo-password" 'openssl rand -hex 24'
  make "$service-mongodb-uri" "printf 'mongodb://%s:%s@mongodb:27017/%s?replicaSet=rs0&authSource=%s' $service \"\$(cat \"$dir/$service-mongo-password\")\" $service $service"
done
