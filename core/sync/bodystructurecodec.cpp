// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Pigeon developers
#include "sync/bodystructurecodec.h"

#include <QDataStream>
#include <QIODevice>

namespace Pigeon::Sync {

namespace {

constexpr quint32 magic = 0x50425331; // "PBS1"
/// Deeper trees are cut: the wire parser's own nesting limit is lower than this.
constexpr int maxDepth = 64;
constexpr quint32 maxChildren = 10000;

void write(QDataStream &out, const Imap::BodyPart &p)
{
    out << p.type << p.subtype << quint32(p.parameters.size());
    for (const auto &[name, value] : p.parameters)
        out << name << value;
    out << p.id << p.description << p.encoding << p.size << p.lines << p.disposition
        << quint32(p.dispositionParameters.size());
    for (const auto &[name, value] : p.dispositionParameters)
        out << name << value;
    out << quint32(p.children.size());
    for (const Imap::BodyPart &c : p.children)
        write(out, c);
}

bool readParameters(QDataStream &in, Imap::ParameterList *list)
{
    quint32 n = 0;
    in >> n;
    if (n > maxChildren)
        return false;
    for (quint32 i = 0; i < n && in.status() == QDataStream::Ok; ++i) {
        QByteArray name, value;
        in >> name >> value;
        list->append({name, value});
    }
    return in.status() == QDataStream::Ok;
}

bool read(QDataStream &in, Imap::BodyPart *p, int depth)
{
    if (depth > maxDepth)
        return false;
    in >> p->type >> p->subtype;
    if (!readParameters(in, &p->parameters))
        return false;
    in >> p->id >> p->description >> p->encoding >> p->size >> p->lines >> p->disposition;
    if (!readParameters(in, &p->dispositionParameters))
        return false;
    quint32 n = 0;
    in >> n;
    if (n > maxChildren)
        return false;
    p->children.resize(n);
    for (Imap::BodyPart &c : p->children)
        if (!read(in, &c, depth + 1))
            return false;
    return in.status() == QDataStream::Ok;
}

} // namespace

QByteArray BodyStructureCodec::encode(const Imap::BodyPart &root)
{
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out.setVersion(QDataStream::Qt_6_0);
    out << magic;
    write(out, root);
    return bytes;
}

std::optional<Imap::BodyPart> BodyStructureCodec::decode(const QByteArray &bytes)
{
    QDataStream in(bytes);
    in.setVersion(QDataStream::Qt_6_0);
    quint32 m = 0;
    in >> m;
    if (m != magic)
        return std::nullopt;
    Imap::BodyPart root;
    if (!read(in, &root, 0) || !in.atEnd())
        return std::nullopt;
    return root;
}

} // namespace Pigeon::Sync
