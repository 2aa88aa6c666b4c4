<?php
namespace App\Users;

use App\Models\User;
use Psr\Log\LoggerInterface as Logger;

const LIMIT = 10;

interface Repository { public function find(int $id): User; }

trait Loggable { protected function log(string $m): void { echo $m; } }

abstract class Base {}

class UserService extends Base implements Repository
{
    use Loggable;
    private const SECRET = 'x';
    public int $count = 0;

    public function __construct(private Repository $repo) {}

    public function find(int $id): User { return $this->repo->find($id); }

    public static function create(): self { return new self(new Memory()); }
}

enum Mode: string { case On = 'on'; case Off = 'off'; }

function helper(string $s): string { return strtoupper($s); }
