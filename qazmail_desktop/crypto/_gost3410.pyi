class Curve:
    def __init__(
        self,
        limbs: int,
        p: bytes,
        c: int,
        q: bytes,
        q_r2: bytes,
        q_one: bytes,
        q_inv: int,
        b: bytes,
        gx: bytes,
        gy: bytes,
        /,
    ) -> None: ...
    def base_mult(self, k: bytes, /) -> tuple[bytes, bytes, bytes]: ...
    def sign(self, d: bytes, e: bytes, k: bytes, /) -> tuple[bytes, bytes]: ...
    def shamir(self, k1: bytes, k2: bytes, qx: bytes, qy: bytes, /) -> tuple[bytes, bytes, bytes]: ...

LIMBS: str  # the limb arithmetic built: "int128", "x64-intrinsics" or "portable"
