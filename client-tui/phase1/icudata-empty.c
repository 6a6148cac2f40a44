/*
 * Stand-in for ICU's 31 MB data library (libicudata.so.NN). aria2c reaches
 * ICU only through libxml2's charset conversion of non-UTF-8 XML, which
 * BootTorrent never feeds it; the loader still needs the one data symbol
 * libicuuc references. This is a valid, empty ICU common-data package, so an
 * unexpected lookup fails with "not found" instead of reading garbage.
 *
 * build-phase1 compiles it with -DICU_DATA_SYMBOL=icudtNN_dat, the name
 * libicuuc of the host asks for.
 */
#include <stdint.h>

#ifndef ICU_DATA_SYMBOL
#error "ICU_DATA_SYMBOL must name the data symbol libicuuc imports"
#endif

struct IcuCommonData
{
    /* MappedData */
    uint16_t headerSize;
    uint8_t magic1;
    uint8_t magic2;
    /* UDataInfo */
    uint16_t size;
    uint16_t reservedWord;
    uint8_t isBigEndian;
    uint8_t charsetFamily;
    uint8_t sizeofUChar;
    uint8_t reservedByte;
    uint8_t dataFormat[4];
    uint8_t formatVersion[4];
    uint8_t dataVersion[4];
    uint8_t padding[8];
    /* Offset table of contents: no entries. */
    uint32_t count;
    uint32_t unused[3];
};

__attribute__((visibility("default"), aligned(16))) const struct IcuCommonData ICU_DATA_SYMBOL = {
    .headerSize = 32,
    .magic1 = 0xda,
    .magic2 = 0x27,
    .size = 20,
    .isBigEndian = 0,
    .charsetFamily = 0,
    .sizeofUChar = 2,
    .dataFormat = { 'C', 'm', 'n', 'D' },
    .formatVersion = { 1, 0, 0, 0 },
    .dataVersion = { 0, 0, 0, 0 },
    .count = 0,
};
